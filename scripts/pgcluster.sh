#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the backend tests: initdb in a fresh temporary directory, a
# free port on loopback, durability switched off for speed, and everything removed again on stop.
# Tests find the server through MANDATE_TEST_PG_URI and skip without it.
#
# Sourced (as test.sh does): pgcluster_start exports MANDATE_PG_CLUSTER_DIR and MANDATE_TEST_PG_URI
# into the calling shell; pgcluster_stop stops the cluster and removes its directory.
# Run: `eval "$(scripts/pgcluster.sh start)"` prints and evaluates the same two exports;
# `scripts/pgcluster.sh stop [DIR]` stops the cluster in DIR or in $MANDATE_PG_CLUSTER_DIR.
#
# initdb refuses to run as root, so as root the cluster runs as Debian's `postgres` system user.

# The cluster is only for tests: one superuser, no password (trust on loopback), one database.
pgcluster_user=mandate_admin
pgcluster_database=mandate_test
# Why the last pgcluster_start failed, for a one-line message.
pgcluster_error=""
# Marks a directory as made by this script, so stop never removes anything else.
pgcluster_marker=.mandate-pgcluster

pgcluster_message() {
    echo "pgcluster: $*" >&2
}

# Reports why the cluster cannot be used and keeps the reason in pgcluster_error for the caller.
pgcluster_fail() {
    pgcluster_error="$*"
    pgcluster_message "$*"
}

# Prints the directory of the newest installed PostgreSQL's binaries (Debian's layout first, then PATH).
pgcluster_bindir() {
    local dir
    dir="$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -type d -name bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
        echo "$dir"
        return 0
    fi
    if dir="$(command -v initdb 2>/dev/null)" && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$dir"
        return 0
    fi
    return 1
}

# Runs a PostgreSQL server command as the user that owns the cluster (postgres when we are root),
# from inside the cluster directory, since that user may not be allowed into our current one.
pgcluster_as_owner() {
    local dir="$1"
    shift
    if [ "$(id -u)" -eq 0 ]; then
        (cd "$dir" && runuser -u postgres -- "$@")
    else
        (cd "$dir" && "$@")
    fi
}

# Succeeds when nothing accepts connections on 127.0.0.1:$1.
pgcluster_port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Stops a running server of the cluster in $1 (fast, then immediate, then its postmaster's pid).
pgcluster_halt() {
    local dir="$1" bindir="$2" pid
    [ -f "$dir/data/postmaster.pid" ] || return 0
    pgcluster_as_owner "$dir" "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
        pgcluster_as_owner "$dir" "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 10 stop >/dev/null 2>&1
    if [ -f "$dir/data/postmaster.pid" ]; then
        pid="$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null)"
        if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
            kill -KILL "$pid" 2>/dev/null
            sleep 1
        fi
    fi
    return 0
}

# Removes a cluster directory, but only one this script made.
pgcluster_remove() {
    local dir="$1"
    if [ -n "$dir" ] && [ -f "$dir/$pgcluster_marker" ]; then
        rm -rf -- "$dir"
    fi
}

pgcluster_start() {
    # shellcheck disable=SC2034 # read by the scripts that source this file
    pgcluster_error=""
    if [ -n "${MANDATE_PG_CLUSTER_DIR:-}" ] && [ -f "$MANDATE_PG_CLUSTER_DIR/data/postmaster.pid" ]; then
        pgcluster_fail "a cluster is already running in $MANDATE_PG_CLUSTER_DIR; stop it first"
        return 1
    fi
    local bindir
    if ! bindir="$(pgcluster_bindir)"; then
        pgcluster_fail "PostgreSQL server binaries not found (install the postgresql package)"
        return 1
    fi
    if [ "$(id -u)" -eq 0 ] && ! id -u postgres >/dev/null 2>&1; then
        pgcluster_fail "running as root, but there is no postgres user to run the server as"
        return 1
    fi

    # pg_ctl hands -o to a shell and socket paths are short: keep the directory name plain.
    local parent="${TMPDIR:-/tmp}"
    if [[ ! "$parent" =~ ^[A-Za-z0-9_./-]+$ ]] || [ "${#parent}" -gt 60 ]; then
        parent=/tmp
    fi
    local dir
    if ! dir="$(mktemp -d "$parent/mandate-pg.XXXXXX")"; then
        pgcluster_fail "cannot create a temporary directory in $parent"
        return 1
    fi
    if ! touch "$dir/$pgcluster_marker"; then
        rmdir -- "$dir"
        return 1
    fi
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
        if ! runuser -u postgres -- test -w "$dir"; then
            pgcluster_fail "the postgres user cannot write to $dir (is $parent private to root?)"
            pgcluster_remove "$dir"
            return 1
        fi
    fi

    local log="$dir/postgres.log"
    if ! pgcluster_as_owner "$dir" "$bindir/initdb" --no-locale -E UTF8 -A trust -U "$pgcluster_user" \
            -D "$dir/data" >"$dir/initdb.log" 2>&1; then
        tail -n 20 "$dir/initdb.log" >&2
        pgcluster_fail "initdb failed (its output is above)"
        pgcluster_remove "$dir"
        return 1
    fi

    # A port can be taken between the probe and the bind, so a failed start tries another one.
    local attempt port="" started=""
    for attempt in 1 2 3 4 5; do
        port=$((20000 + RANDOM % 30000))
        while ! pgcluster_port_free "$port"; do
            port=$((port + 1))
        done
        if pgcluster_as_owner "$dir" "$bindir/pg_ctl" -D "$dir/data" -l "$log" -w -t 60 \
                -o "-k $dir -c listen_addresses=127.0.0.1 -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
                start >"$dir/pg_ctl.log" 2>&1; then
            started=yes
            break
        fi
        pgcluster_halt "$dir" "$bindir"
        grep -q 'could not bind\|already in use' "$log" 2>/dev/null || break
        pgcluster_message "port $port was taken (attempt $attempt), trying another"
    done
    if [ -z "$started" ]; then
        cat "$dir/pg_ctl.log" >&2
        tail -n 20 "$log" >&2 2>/dev/null
        pgcluster_fail "the server did not start (pg_ctl's output and the server log are above)"
        pgcluster_halt "$dir" "$bindir"
        pgcluster_remove "$dir"
        return 1
    fi

    if ! "$bindir/psql" -X -q -h 127.0.0.1 -p "$port" -U "$pgcluster_user" -d postgres \
            -v ON_ERROR_STOP=1 -c "CREATE DATABASE $pgcluster_database" >"$dir/createdb.log" 2>&1; then
        cat "$dir/createdb.log" >&2
        pgcluster_fail "creating the database $pgcluster_database failed (psql's output is above)"
        pgcluster_halt "$dir" "$bindir"
        pgcluster_remove "$dir"
        return 1
    fi

    export MANDATE_PG_CLUSTER_DIR="$dir"
    export MANDATE_TEST_PG_URI="postgresql://$pgcluster_user@127.0.0.1:$port/$pgcluster_database"
    pgcluster_message "PostgreSQL $("$bindir/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port in $dir"
    return 0
}

pgcluster_stop() {
    local dir="${1:-${MANDATE_PG_CLUSTER_DIR:-}}"
    if [ -z "$dir" ]; then
        pgcluster_message "no cluster to stop (give its directory or set MANDATE_PG_CLUSTER_DIR)"
        return 1
    fi
    if [ ! -f "$dir/$pgcluster_marker" ]; then
        pgcluster_message "$dir is not a cluster made by pgcluster.sh; leaving it alone"
        return 1
    fi
    local bindir=""
    bindir="$(pgcluster_bindir)" || true
    if [ -n "$bindir" ]; then
        pgcluster_halt "$dir" "$bindir"
    fi
    pgcluster_remove "$dir"
    if [ "${MANDATE_PG_CLUSTER_DIR:-}" = "$dir" ]; then
        unset MANDATE_PG_CLUSTER_DIR MANDATE_TEST_PG_URI
    fi
    return 0
}

# Run rather than sourced: a small command interface around the two functions.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -uo pipefail
    case "${1:-}" in
        start)
            pgcluster_start || exit 1
            printf 'export MANDATE_PG_CLUSTER_DIR=%q\n' "$MANDATE_PG_CLUSTER_DIR"
            printf 'export MANDATE_TEST_PG_URI=%q\n' "$MANDATE_TEST_PG_URI"
            ;;
        stop)
            pgcluster_stop "${2:-}" || exit 1
            ;;
        *)
            echo "usage: $0 start | stop [DIR]" >&2
            echo "  start prints the exports to evaluate: eval \"\$($0 start)\"" >&2
            exit 2
            ;;
    esac
fi
