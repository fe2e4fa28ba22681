#!/bin/sh
# Runs a command against a real Secret Service: a private D-Bus session with an
# unlocked gnome-keyring and a throwaway HOME, so tests never touch anyone's keychain.
#   scripts/with-keyring.sh COMMAND [ARGS...]
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "with-keyring: dbus-run-session and gnome-keyring-daemon are needed (packages dbus, gnome-keyring)" >&2
    exit 1
fi
scratch=$(mktemp -d "${TMPDIR:-/tmp}/clearpost-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -m 700 "$scratch/run"
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
dbus-run-session -- sh -c '
    printf "%s" "clearpost-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' with-keyring "$@"
