# clearpost_add_test(NAME SOURCES files... LABELS labels... [LIBS libs...])
# One Qt Test executable per class. Widgets run on the offscreen platform; tests
# never touch the user's data (QStandardPaths test mode, a private config file).
# The pseudo-label KEYRING runs the test inside scripts/with-keyring.sh: a private
# D-Bus session with an unlocked gnome-keyring. Without it such a test fails.
function(clearpost_add_test name)
    cmake_parse_arguments(T "" "" "SOURCES;LABELS;LIBS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE clearpost_testsupport clearpost_core Qt6::Test ${T_LIBS})
    clearpost_set_warnings(${name})
    set(labels ${T_LABELS})
    if("KEYRING" IN_LIST labels)
        list(REMOVE_ITEM labels KEYRING)
        list(APPEND labels keychain)
        add_test(NAME ${name} COMMAND ${CMAKE_SOURCE_DIR}/scripts/with-keyring.sh $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${labels}"
        TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false")
endfunction()
