#!/usr/bin/env bash
# Installs the .deb built by build-linux.sh --deb with apt (as root, or through sudo), starts the installed
# application under Xvfb on a fresh demo workspace, saves a screenshot, then removes the package and checks that
# nothing of it is left in /opt. Prints what it measured.
#   installer/check-deb.sh [target/installer/ptce-workbench_*.deb]   screenshot in target/installer/installed.png
#   CHECK_DISPLAY=:95 chooses the Xvfb display (default :97)
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(realpath "${1:-$(ls target/installer/*.deb | head -1)}")
as_root=(); [ "$(id -u)" = 0 ] || as_root=(sudo -n)
echo "package: $deb ($(du -h "$deb" | cut -f1))"
"${as_root[@]}" apt-get install -y "$deb" >/dev/null
echo "installed: $(dpkg-query -W -f='${Package} ${Version} ${Installed-Size} KiB\n' ptce-workbench)"
launcher=/opt/ptce-workbench/bin/ptce-workbench
"$launcher" --version
home=$(mktemp -d)
disp=${CHECK_DISPLAY:-:97}
started=$(date +%s)
export HOME="$home"
Xvfb "$disp" -screen 0 1400x900x24 >/dev/null 2>&1 & xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$home"' EXIT
sleep 1
DISPLAY=$disp "$launcher" --demo >"$home/app.log" 2>&1 & app=$!
for _ in $(seq 1 60); do
  if DISPLAY=$disp xdotool search --name "Atelier PTCE" >/dev/null 2>&1; then break; fi
  sleep 1
done
sleep 6
DISPLAY=$disp xdotool search --name "Atelier PTCE" >/dev/null && echo "window: $(DISPLAY=$disp xdotool search --name 'Atelier PTCE' getwindowname | head -1)"
DISPLAY=$disp import -window root target/installer/installed.png 2>/dev/null || true
kill "$app"; wait "$app" 2>/dev/null || true
"${as_root[@]}" apt-get remove -y ptce-workbench >/dev/null
echo "after apt remove: $(dpkg-query -W -f='${Status}' ptce-workbench 2>/dev/null || echo 'not known to dpkg')"
if [ -e /opt/ptce-workbench ]; then echo "left behind: $(find /opt/ptce-workbench | head)"; exit 1; fi
echo "removed: /opt/ptce-workbench is gone"
echo "check-deb: $(( $(date +%s) - started )) s from install to removal"
