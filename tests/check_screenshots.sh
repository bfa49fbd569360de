#!/usr/bin/env bash
# tests/screenshots.sh into a temporary folder: 12 PNG files (6 views, light and dark) of
# 1366x768, each a real picture (many colours), not a blank or black screen, and each dark one
# clearly darker than its light one (--palette dark took effect).
#   tests/check_screenshots.sh PROGRAM
set -euo pipefail
here=$(dirname "$(realpath "$0")")
folder=$(mktemp -d /tmp/doo-check-screenshots.XXXXXX)
trap 'rm -rf "$folder"' EXIT
"$here/screenshots.sh" "$1" "$folder" >/dev/null
# One line per file: name, width, height, number of colours, mean brightness (0..1).
identify -format '%t %w %h %k %[fx:mean]\n' "$folder"/*.png >"$folder/facts" || true
awk '
    { seen[$1] = 1; mean[$1] = $5
      if ($2 != 1366 || $3 != 768 || $4 <= 200) { printf "FAIL: %s.png is %sx%s with %s colours (1366x768, over 200 wanted)\n", $1, $2, $3, $4; bad = 1 } }
    END {
        split("board workflows consultations analytics notifications data", views, " ")
        for (i = 1; i <= 6; ++i) {
            l = views[i] "-light"; d = views[i] "-dark"
            if (!(l in seen)) { print "FAIL: " l ".png is missing"; bad = 1 }
            if (!(d in seen)) { print "FAIL: " d ".png is missing"; bad = 1 }
            if ((l in seen) && (d in seen) && !(mean[d] < mean[l] - 0.2)) {
                printf "FAIL: %s.png (mean %s) is not clearly darker than %s.png (mean %s)\n", d, mean[d], l, mean[l]; bad = 1 }
        }
        if (NR != 12) { printf "FAIL: %d PNG files, 12 wanted\n", NR; bad = 1 }
        exit bad
    }' "$folder/facts"
