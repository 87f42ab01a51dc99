#!/bin/sh
# Install Exercise Builder from the unpacked tarball.
#   ./install.sh              install for this user into ~/.local
#   sudo ./install.sh /opt/exercise-builder-prefix   or /usr/local: for every user
#   ./install.sh --uninstall [PREFIX]
# The app folder goes to PREFIX/lib/exercise-builder, a link to PREFIX/bin/exercise-builder,
# the menu entry, AppStream metadata and icons to PREFIX/share. The app itself never writes
# next to itself: its data is in ~/.local/share/ExerciseBuilder.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
UNINSTALL=0
if [ "${1:-}" = "--uninstall" ]; then UNINSTALL=1; shift; fi
PREFIX=${1:-"$HOME/.local"}
APP="$PREFIX/lib/exercise-builder"
SIZES="16 32 48 64 128 256 512"

remove() {
    rm -rf "$APP"
    rm -f "$PREFIX/bin/exercise-builder" \
          "$PREFIX/share/applications/exercise-builder.desktop" \
          "$PREFIX/share/metainfo/dk.exercisebuilder.ExerciseBuilder.metainfo.xml" \
          "$PREFIX/share/icons/hicolor/scalable/apps/exercise-builder.svg"
    for n in $SIZES; do rm -f "$PREFIX/share/icons/hicolor/${n}x${n}/apps/exercise-builder.png"; done
}

refresh() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$PREFIX/share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
}

if [ "$UNINSTALL" = 1 ]; then
    remove; refresh
    echo "Exercise Builder removed from $PREFIX (your data in ~/.local/share/ExerciseBuilder is kept)."
    exit 0
fi

remove
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo"
cp -a "$HERE/exercise-builder" "$APP"
ln -sf "$APP/exercise-builder" "$PREFIX/bin/exercise-builder"
# Absolute Exec/TryExec: PREFIX/bin need not be on the desktop session's PATH.
sed -e "s|^Exec=exercise-builder|Exec=$APP/exercise-builder|" \
    -e "s|^TryExec=exercise-builder|TryExec=$APP/exercise-builder|" \
    "$HERE/share/applications/exercise-builder.desktop" > "$PREFIX/share/applications/exercise-builder.desktop"
cp "$HERE/share/metainfo/dk.exercisebuilder.ExerciseBuilder.metainfo.xml" "$PREFIX/share/metainfo/"
cp -r "$HERE/share/icons" "$PREFIX/share/"
refresh
echo "Exercise Builder installed in $APP; start it from the menu or with $PREFIX/bin/exercise-builder."
