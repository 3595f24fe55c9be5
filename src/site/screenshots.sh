#!/usr/bin/env bash
# Regenerates the user guide's screenshots (src/site/markdown/images/guide-*.png) from the current build: builds
# the jar, fills a sample workspace through the command line (the October sample export, two reviewers' scores,
# avis, the avis workbook consolidated as PESSII would), then starts the real application under Xvfb and types the
# keys that show each screen. Needs Xvfb, xdotool and ImageMagick's import (Debian: xvfb xdotool imagemagick).
#   src/site/screenshots.sh [--no-build]        SHOTS="guide-liste …" makes only those
# SCREENSHOT_WORKSPACE=DIR keeps the sample workspace in DIR and reuses it when it exists (building it takes a few
# minutes: one JVM per command). SCREENSHOT_DISPLAY=:N uses that X display, already running (with a window manager,
# 1600x1000 or larger), instead of starting an Xvfb per screenshot.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "${1:-}" = "--no-build" ] || ./mvnw -B -q -DskipTests package
out=src/site/markdown/images
work=$(mktemp -d)
# a copy, so that a build running meanwhile cannot change the jar under the running application
cp target/ptce-workbench.jar "$work/" && cp -r target/lib "$work/"
jar=$work/ptce-workbench.jar
W=${SCREENSHOT_WORKSPACE:-$work/espace-bretagne}
cli() { java -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -jar "$jar" "$@" >/dev/null; }

echo "screenshots: sample workspace in $W"
if [ ! -d "$W" ]; then
cli import --workspace "$W" samples/dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx
mapfile -t numbers < <(java -jar "$jar" dossiers --workspace "$W" --format csv | tail -n +2 | cut -d, -f1 | head -8)
clamp() { local v=$1; [ "$v" -lt 0 ] && v=0; [ "$v" -gt 5 ] && v=5; echo "$v"; }
marks() { # a reviewer's ten scores around a base, deterministic
  local base=$1 shift_by=$2 codes=(V1 V2 V3 V4 V5 O1 O2 O3 E1 E2) i out=()
  for i in "${!codes[@]}"; do out+=("${codes[$i]}=$(clamp $(( base + (i + shift_by) % 3 - 1 )))"); done
  echo "${out[@]}"
}
bases=(4 3 3 2 4 3 2 4)
for i in "${!numbers[@]}"; do
  # Yannick, an expert, scores the first five a point lower: the calibration shows it
  if [ "$i" -lt 5 ]; then
    # shellcheck disable=SC2046
    cli score --workspace "$W" --dossier "${numbers[$i]}" --reviewer "Yannick Le Goff" --email yannick@example.org \
      --role expert $(marks $(( ${bases[$i]} - 1 )) "$i")
  fi
done
cli user --workspace "$W" --name "Maëlle Kerjean" --email maelle@example.org --role correspondant --region Bretagne
eligibility=("EL1=oui EL2=oui EL3=oui EL4=perspective EL5=oui" "EL1=oui EL2=oui EL3=non EL4=oui EL5=oui"
  "EL1=oui EL2=non EL3=non EL4=non" "EL1=oui EL2=oui EL3=oui EL4=oui EL5=oui EL6=oui" "EL1=oui EL2=oui EL3=oui EL4=oui")
for i in "${!numbers[@]}"; do
  # shellcheck disable=SC2046,SC2086
  cli score --workspace "$W" --dossier "${numbers[$i]}" $(marks "${bases[$i]}" $(( i + 1 ))) ${eligibility[$i]:-} \
    --governance oui --targets "$([ $(( i % 2 )) -eq 0 ] && echo a,b || echo a)"
done
recommendations=(favorable reserves reserves defavorable favorable)
for i in 0 1 2 3 4; do
  cli avis --workspace "$W" --dossier "${numbers[$i]}" --recommendation "${recommendations[$i]}" \
    --motivation "Avis de la région rédigé pour la démonstration."
done
cli export-avis --workspace "$W" --out "$work/avis" --all-regions
cli consolidate --workspace "$W" "$work"/avis/*.xlsx || true
# PESSII's proposals, as far as the call's gates allow them (a refused one is left out)
for i in 0 1 2 3 4; do
  cli decide --workspace "$W" --dossier "${numbers[$i]}" --laureate oui 2>/dev/null || true
  cli decide --workspace "$W" --dossier "${numbers[$i]}" --invite oui 2>/dev/null || true
done
fi
title=$(basename "$W")

shot() { # shot NAME WAIT KEYS... : starts the application on the workspace, types the keys, saves the screen
  local name=$1 wait_s=$2; shift 2
  local disp home n
  if [ -n "${SHOTS:-}" ] && [[ " $SHOTS " != *" $name "* ]]; then return; fi
  home=$(mktemp -d)
  if [ "${SHOT_THEME:-}" = dark ]; then # the theme chosen in Affichage, as the preferences keep it
    mkdir -p "$home/.java/.userPrefs/fr/ptce/workbench/ui/common"
    printf '%s\n' '<?xml version="1.0" encoding="UTF-8" standalone="no"?>' \
      '<!DOCTYPE map SYSTEM "http://java.sun.com/dtd/preferences.dtd">' \
      '<map MAP_XML_VERSION="1.0"><entry key="theme" value="dark"/></map>' \
      >"$home/.java/.userPrefs/fr/ptce/workbench/ui/common/prefs.xml"
  fi
  if [ -n "${SCREENSHOT_DISPLAY:-}" ]; then
    disp=$SCREENSHOT_DISPLAY
  else
    # a display nobody uses, and an X server that answers before the application starts
    for n in $(seq 80 99); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break; done
    disp=:$n
    Xvfb "$disp" -screen 0 1600x1000x24 >/dev/null 2>&1 & xvfb=$!
  fi
  for _ in $(seq 1 40); do DISPLAY=$disp xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.5; done
  DISPLAY=$disp HOME=$home java -Duser.home="$home" -jar "$jar" --workspace "$W" >"$home/app.log" 2>&1 & app=$!
  # the title names the workspace once it is open
  for _ in $(seq 1 240); do DISPLAY=$disp xdotool search --onlyvisible --name "$title" >/dev/null 2>&1 && break; sleep 0.5; done
  if [ -n "${SCREENSHOT_DISPLAY:-}" ]; then # a window manager places the window: the whole screen for it
    win=$(DISPLAY=$disp xdotool search --onlyvisible --name "$title" | head -1)
    DISPLAY=$disp xdotool windowmove "$win" 0 0 windowsize "$win" 100% 97% windowactivate "$win" || true
  fi
  sleep "$wait_s"
  for k in "$@"; do
    if [ "$k" = pause ]; then # time for the screen to fill
      sleep "$wait_s"
    elif [[ "$k" == click:* ]]; then # click:X,Y — a click there, for a control the keys do not reach
      xy=${k#click:}
      DISPLAY=$disp xdotool mousemove "${xy%,*}" "${xy#*,}" click 1 || echo "screenshots: no click at $xy"
    elif [ "$k" = scroll ]; then # the mouse wheel, down, in the middle of the window
      DISPLAY=$disp xdotool mousemove 800 600 click --repeat 40 --delay 60 5 || echo "screenshots: no scroll"
    else
      DISPLAY=$disp xdotool key --delay 120 "$k" || echo "screenshots: key $k not sent"
    fi
    sleep 1.5
  done
  sleep "$wait_s"
  DISPLAY=$disp import -window root "$out/$name.png"
  kill "$app"; wait "$app" 2>/dev/null || true
  if [ -n "$xvfb" ]; then kill "$xvfb"; wait "$xvfb" 2>/dev/null || true; fi
  app=; xvfb=
  rm -rf "$home"
  echo "screenshots: $out/$name.png"
}
app=; xvfb=
trap 'for p in $app $xvfb; do kill "$p" 2>/dev/null; done; true' EXIT
shot guide-liste 10 Down
shot guide-filtres 8 ctrl+f Tab space
shot guide-tableau-de-bord 8 ctrl+d
shot guide-tableau-de-bord-suite 8 ctrl+d pause scroll
shot guide-reglages 8 ctrl+comma
shot guide-notation 15 Down ctrl+e
shot evaluateurs 15 Down ctrl+e ctrl+Tab ctrl+Tab
# the dark theme (Affichage > Thème sombre), on the scoring screen
SHOT_THEME=dark shot guide-theme-sombre 15 Down ctrl+e
shot guide-vue-nationale 10 ctrl+shift+n
# the cabinet's decision recorded (the others not retained), then Fichier > Courriers aux porteurs (PESSII)
cli decide --workspace "$W" --confirm --by "Cabinet du ministre" --date 2021-07-19 --not-retained 2>/dev/null || true
shot guide-courriers 10 F10 Down Down Down Down Down Return
# phase 2 at PESSII (a workspace of its own): the October sample's phase-2 export; a region's phase-1 avis
# consolidated, the six invited by the cabinet; the region's phase-2 avis consolidated; the phase-2 laureates decided
# as far as the call allows (the late and the wrong-SIRET dossiers not retained), the cabinet's decision recorded
P=${SCREENSHOT_WORKSPACE_PHASE2:-$work/espace-pessii-phase2}
if [ ! -d "$P" ]; then
  sample=samples/dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx
  R=$work/region-phase2
  cli generate-samples --phase 2 --from "$sample" --out "$work/phase2"
  p2export=$(ls "$work"/phase2/*.xlsx | head -1)
  cli import --workspace "$P" "$sample"
  cli phase2 import --workspace "$P" "$p2export"
  cli user --workspace "$P" --name "Claire Dumont" --email claire@example.org --role pessii
  mapfile -t pairs < <(java -jar "$jar" dossiers --workspace "$P" --phase 2 --format json \
    | python3 -c 'import json,sys; [print(d["number"], d["phase1Number"]) for d in json.load(sys.stdin)]')
  cli import --workspace "$R" "$sample"
  cli phase2 import --workspace "$R" "$p2export"
  cli user --workspace "$R" --name "Maëlle Kerjean" --email maelle@example.org --role correspondant --region Bretagne
  i=0
  for pair in "${pairs[@]}"; do
    read -r two one <<<"$pair"
    cli score --workspace "$R" --dossier "$one" V1=4 V2=3 O1=4 EL1=oui EL2=oui EL3=oui EL4=oui --maturity emergent \
      --targets b || true
    cli avis --workspace "$R" --dossier "$one" --recommendation favorable --motivation "Coopération crédible." || true
    m=$(( 5 - i % 3 ))
    cli score --workspace "$R" --phase 2 --dossier "$two" P1=$m P2=$m P3=4 P4=$(( m - 1 )) P5=4
    cli avis --workspace "$R" --phase 2 --dossier "$two" --recommendation favorable \
      --motivation "Programme d'actions et animation des coopérations solides."
    i=$(( i + 1 ))
  done
  cli export-avis --workspace "$R" --all-regions --out "$work/avis-p1"
  cli export-avis --workspace "$R" --phase 2 --all-regions --out "$work/avis-p2"
  cli consolidate --workspace "$P" "$work"/avis-p1/*.xlsx || true
  for pair in "${pairs[@]}"; do
    read -r two one <<<"$pair"
    cli decide --workspace "$P" --dossier "$one" --laureate oui --invite oui \
      --override "Dossier complété auprès de la région." 2>/dev/null || true
  done
  cli decide --workspace "$P" --confirm --by "Cabinet du ministre" --date 2021-07-26 || true
  cli consolidate --workspace "$P" --phase 2 "$work"/avis-p2/*.xlsx || true
  for pair in "${pairs[@]}"; do
    read -r two one <<<"$pair"
    cli decide --workspace "$P" --phase 2 --dossier "$two" --laureate oui \
      --motivation "Animation des coopérations solide et chiffrée." 2>/dev/null \
      || cli decide --workspace "$P" --phase 2 --dossier "$two" --laureate non \
        --motivation "Dossier additionnel hors des conditions de l'appel." 2>/dev/null || true
  done
  cli decide --workspace "$P" --phase 2 --confirm --by "Cabinet du ministre" --date 2021-11-15 || true
fi
W=$P
title=$(basename "$W")
# the national view's « Phase 2 — lauréats et enveloppe » tab: ranking, decisions, the envelope's counters
shot guide-phase2-national 10 ctrl+shift+n pause ctrl+Tab
# Courriers (Fichier > Courriers aux porteurs), the phase-2 decision letters (the type chosen in its list at the
# window's top left), the first one's preview
shot guide-courriers-phase2 10 F10 Down Down Down Down Down Return pause click:449,96 Down Down Return
# the README's two pictures are the guide's
[ ! -e "$out/guide-liste.png" ] || cp "$out/guide-liste.png" "$out/fenetre-principale.png"
[ ! -e "$out/guide-notation.png" ] || cp "$out/guide-notation.png" "$out/notation.png"
rm -rf "$work"
