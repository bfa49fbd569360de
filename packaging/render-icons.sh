#!/usr/bin/env bash
# Renders the application icon's PNGs from its SVG master (rsvg-convert, package librsvg2-bin):
#   packaging/render-icons.sh
# The PNGs are committed; run this after changing resources/icons/director-of-one.svg.
set -euo pipefail
icons="$(cd "$(dirname "$0")/../resources/icons" && pwd)"
for size in 16 22 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" --output "$icons/director-of-one-$size.png" \
        "$icons/director-of-one.svg"
done
