#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds Mandate in Release and opens the demo workspace.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# shellcheck source=scripts/packages.sh
source "$repo/scripts/packages.sh"

ensure_packages "${build_packages[@]}" "${runtime_packages[@]}"

cmake -S "$repo" -B "$repo/build/release" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$repo/build/release" --parallel "$(nproc)"

exec "$repo/build/release/app/mandate" --demo "$@"
