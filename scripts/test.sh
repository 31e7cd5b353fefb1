#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds Mandate with warnings as errors and runs the whole
# test suite headless. Exits with ctest's code.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

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

build_packages=(qt6-base-dev qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools
                qt6-l10n-tools libqt6svg6 libsqlite3-dev sqlite3 cmake ninja-build g++ ccache libgl-dev)

ensure_packages "${build_packages[@]}" xvfb xauth imagemagick poppler-utils

cmake -S "$repo" -B "$repo/build/test" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMANDATE_WERROR=ON
cmake --build "$repo/build/test" --parallel "$(nproc)"

status=0
QT_QPA_PLATFORM=offscreen ctest --test-dir "$repo/build/test" --output-on-failure -j2 || status=$?
exit "$status"
