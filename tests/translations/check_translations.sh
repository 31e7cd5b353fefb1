#!/usr/bin/env bash
# Fails when a translation is unfinished or obsolete, or when the sources hold a string that the
# .ts files lack: lupdate is run on copies, so the tree is not touched.
set -euo pipefail
lupdate="$1"
source_dir="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

status=0
for ts in "$source_dir"/translations/mandate_*.ts; do
    name="$(basename "$ts")"
    cp "$ts" "$work/$name"
    only=()
    [ "$name" = mandate_en.ts ] && only=(-pluralonly) # English: only the plural forms
    (cd "$source_dir" && "$lupdate" -locations none -no-obsolete "${only[@]}" app models views -ts "$work/$name" >/dev/null)
    unfinished=$(grep -c 'type="unfinished"' "$work/$name" || true)
    obsolete=$(grep -c 'type="vanished"\|type="obsolete"' "$ts" || true)
    if [ "$unfinished" -ne 0 ]; then
        echo "$name: $unfinished string(s) untranslated or missing (run the update_translations target and translate them)"
        status=1
    fi
    if [ "$obsolete" -ne 0 ]; then
        echo "$name: $obsolete obsolete entr(y/ies) left in the file"
        status=1
    fi
done
[ "$status" -eq 0 ] && echo "translations complete"
exit "$status"
