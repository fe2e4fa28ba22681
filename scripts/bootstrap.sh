#!/bin/sh
# Clearpost on a fresh Debian 12 machine, in one command each:
#   scripts/bootstrap.sh run    install what is missing, build (Release) and start the app
#   scripts/bootstrap.sh test   install what is missing, build (CI preset, -Werror), run every test, then fuzz
# Root, or a user with sudo. Nothing else needs installing by hand.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"

PACKAGES="build-essential cmake ninja-build pkg-config git clang clang-format libclang-rt-14-dev \
qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev libqt6opengl6-dev qt6-networkauth-dev \
qt6-svg-dev qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
qt6-qpa-plugins libgl1-mesa-dev xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools \
libphonenumber-dev libhunspell-dev hunspell-en-us hunspell-de-de hunspell-es libicu-dev \
poppler-utils sqlite3 fonts-dejavu-core"

install_missing() {
    missing=""
    for p in $PACKAGES; do
        dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
    done
    [ -z "$missing" ] && return 0
    echo "Installing:$missing"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends $missing
}

jobs=$(nproc 2>/dev/null || echo 2)

case "${1:-}" in
run)
    shift
    install_missing
    cmake --preset release
    cmake --build --preset release -j "$jobs"
    exec build/release/app/clearpost "$@"
    ;;
test)
    install_missing
    cmake --preset ci
    cmake --build --preset ci -j "$jobs"
    cmake --build --preset ci --target format-check
    ctest --preset ci -j "$jobs"
    # The compliance engine under libFuzzer with ASan and UBSan, for a bounded time
    # (CLEARPOST_FUZZ_SECONDS, default 120): any crash, hang or sanitizer report fails.
    cmake --preset fuzz
    cmake --build --preset fuzz -j "$jobs" --target fuzz_complianceengine
    found=$(mktemp -d)
    trap 'rm -rf "$found"' EXIT
    build/fuzz/tests/fuzz/fuzz_complianceengine -max_total_time="${CLEARPOST_FUZZ_SECONDS:-120}" \
        -timeout=10 -rss_limit_mb=2048 -artifact_prefix=build/fuzz/ -print_final_stats=1 "$found" tests/fuzz/corpus
    ;;
*)
    echo "usage: scripts/bootstrap.sh run|test" >&2
    exit 2
    ;;
esac
