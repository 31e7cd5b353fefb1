#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds Mandate with warnings as errors and runs the whole
# test suite headless. Exits with ctest's code.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# shellcheck source=scripts/packages.sh
source "$repo/scripts/packages.sh"

ensure_packages "${build_packages[@]}" "${runtime_packages[@]}" xvfb xauth imagemagick poppler-utils

cmake -S "$repo" -B "$repo/build/test" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMANDATE_WERROR=ON
cmake --build "$repo/build/test" --parallel "$(nproc)"

status=0
QT_QPA_PLATFORM=offscreen ctest --test-dir "$repo/build/test" --output-on-failure -j2 || status=$?
exit "$status"
