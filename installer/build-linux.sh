#!/usr/bin/env bash
# Builds the Linux app-image (and, with --deb, a .deb) of Atelier PTCE with jpackage: the runtime bundles the JDK
# modules the workbench needs and JavaFX, so no JDK is needed on the target machine.
#   installer/build-linux.sh [--deb]      output in target/installer/
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
out=target/installer
rm -rf "$out" target/jpackage-input && mkdir -p "$out" target/jpackage-input/lib
cp target/ptce-workbench.jar target/jpackage-input/
# JavaFX goes into the runtime as modules; every other library stays on the class path
find target/lib -name '*.jar' ! -name 'javafx-*' -exec cp {} target/jpackage-input/lib/ \;
fxmods=$(ls target/lib/javafx-*-linux.jar | paste -sd: -)
# java.desktop for the charts' PNG export (ImageIO), whatever jdeps finds
jdkmods=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 \
  --class-path "target/jpackage-input/lib/*" target/ptce-workbench.jar),java.desktop
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*:\1:p' pom.xml | head -1)
icon=src/main/resources/fr/ptce/workbench/ui/ptce-workbench.png
# the launcher's JVM options, one per line: the benchmark starts the window with the same ones
javaopts=$(paste -sd' ' installer/jvm-options)
common=(--name ptce-workbench --app-version "$version" --vendor "Atelier PTCE"
  --input target/jpackage-input --main-jar ptce-workbench.jar --main-class fr.ptce.workbench.Main
  --module-path "$fxmods" --add-modules "$jdkmods,javafx.controls"
  --java-options "$javaopts" --icon "$icon" --dest "$out")
jpackage --type app-image "${common[@]}"
echo "app-image: $out/ptce-workbench/bin/ptce-workbench"
if [ "${1:-}" = "--deb" ]; then
  jpackage --type deb "${common[@]}" --linux-package-deps libgtk-3-0 --description "Atelier PTCE" \
    --linux-shortcut --linux-menu-group Office --resource-dir installer/linux --linux-app-category misc --linux-deb-maintainer ptce@example.org
  ls "$out"/*.deb
fi
