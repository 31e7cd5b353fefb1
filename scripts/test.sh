#!/usr/bin/env bash
# Installs what is missing (Debian 12), builds Mandate with warnings as errors and runs the whole
# test suite headless. Exits with ctest's code.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# shellcheck source=scripts/packages.sh
source "$repo/scripts/packages.sh"

# postgresql: the server for the backend tests (a throwaway cluster, see pgcluster.sh).
ensure_packages "${build_packages[@]}" "${runtime_packages[@]}" xvfb xauth imagemagick poppler-utils postgresql

cmake -S "$repo" -B "$repo/build/test" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMANDATE_WERROR=ON
cmake --build "$repo/build/test" --parallel "$(nproc)"

# The backend tests run against a throwaway PostgreSQL cluster (or the server MANDATE_TEST_PG_URI
# already names) and skip with a message when none can be started; the rest runs regardless.
# shellcheck source=scripts/pgcluster.sh
source "$repo/scripts/pgcluster.sh"
if [ -n "${MANDATE_TEST_PG_URI:-}" ]; then
    echo "PostgreSQL tests use the given server: $MANDATE_TEST_PG_URI"
elif pgcluster_start; then
    trap pgcluster_stop EXIT
else
    unset MANDATE_TEST_PG_URI
    echo "PostgreSQL tests will be skipped: $pgcluster_error"
fi

status=0
QT_QPA_PLATFORM=offscreen ctest --test-dir "$repo/build/test" --output-on-failure -j2 || status=$?
exit "$status"
