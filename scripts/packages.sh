# shellcheck shell=bash
# Shared by run.sh and test.sh: the Debian 12 packages Mandate builds with, and a function that
# installs those that are missing (apt-get update only when something is missing, sudo only when
# not root). Sourced, not run.

# Installs the Debian packages given as arguments that are not installed yet; apt-get update only
# when something is missing, sudo only when not root.
ensure_packages() {
    local missing=() package
    for package in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ "${#missing[@]}" -eq 0 ]; then
        return 0
    fi
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    echo "Installing missing packages: ${missing[*]}"
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}

# shellcheck disable=SC2034 # used by the scripts that source this file
build_packages=(qt6-base-dev qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools
                qt6-l10n-tools libqt6svg6 libsqlite3-dev sqlite3 cmake ninja-build g++ ccache libgl-dev)

# What the application needs at run time beyond Qt: fonts for the PDF reports and the window, with
# glyphs for Latin, Greek and Cyrillic (DejaVu) and for Chinese, Japanese and Korean names (Droid Sans
# Fallback, 7 MB, rather than Noto CJK's 90 MB).
# shellcheck disable=SC2034 # used by the scripts that source this file
runtime_packages=(fonts-dejavu-core fonts-droid-fallback)
