# Warnings and hardening for every Clearpost target, in one place.
# Call clearpost_set_warnings(<target>) on each target we own.

set(CLEARPOST_WARNING_FLAGS
    -Wall -Wextra -Wpedantic
    -Wold-style-cast -Wnon-virtual-dtor -Wshadow
    -Wcast-align -Wunused -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough)

set(CLEARPOST_HARDENING_COMPILE_FLAGS -fstack-protector-strong)
set(CLEARPOST_HARDENING_LINK_FLAGS -Wl,-z,relro -Wl,-z,now)

function(clearpost_set_warnings target)
    target_compile_options(${target} PRIVATE ${CLEARPOST_WARNING_FLAGS} ${CLEARPOST_HARDENING_COMPILE_FLAGS})
    if(CLEARPOST_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # _FORTIFY_SOURCE needs optimisation; sanitizer builds do without it.
    if(NOT CLEARPOST_SANITIZERS)
        target_compile_definitions(${target} PRIVATE $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    endif()
    target_link_options(${target} PRIVATE ${CLEARPOST_HARDENING_LINK_FLAGS})
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS
        QT_NO_FOREACH QT_NO_KEYWORDS)
endfunction()

if(CLEARPOST_SANITIZERS)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
