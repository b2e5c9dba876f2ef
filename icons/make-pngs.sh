#!/usr/bin/env bash
# Kept for habit: the icons are now made by packaging/make-icons.sh (PNGs, .ico, .icns).
exec "$(dirname "$0")/../packaging/make-icons.sh" "$@"
