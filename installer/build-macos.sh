#!/usr/bin/env bash
# Builds the macOS .dmg of Atelier PTCE with jpackage, on macOS (jpackage does not cross-build): the runtime bundles
# the JDK modules the workbench needs and JavaFX for the build machine's processor (Maven picks the mac or
# mac-aarch64 JavaFX jars by itself). Run by .github/workflows/installers.yml on macos-latest.
#   installer/build-macos.sh          output in target/installer/
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
out=target/installer
rm -rf "$out" target/jpackage-input && mkdir -p "$out" target/jpackage-input/lib target/icon.iconset
cp target/ptce-workbench.jar target/jpackage-input/
find target/lib -name '*.jar' ! -name 'javafx-*' -exec cp {} target/jpackage-input/lib/ \;
fxmods=$(ls target/lib/javafx-*-mac*.jar | paste -sd: -)
jdkmods=$(jdeps --ignore-missing-deps --print-module-deps --multi-release 17 \
  --class-path "target/jpackage-input/lib/*" target/ptce-workbench.jar),java.desktop
version=$(sed -n 's:.*<version>\([0-9][0-9.]*\).*:\1:p' pom.xml | head -1)
png=src/main/resources/fr/ptce/workbench/ui/ptce-workbench.png
for size in 16 32 128 256 512; do
  sips -z $size $size "$png" --out "target/icon.iconset/icon_${size}x${size}.png" >/dev/null
done
iconutil -c icns target/icon.iconset -o target/ptce-workbench.icns
jpackage --type dmg --name ptce-workbench --app-version "$version" --vendor "Atelier PTCE" \
  --input target/jpackage-input --main-jar ptce-workbench.jar --main-class fr.ptce.workbench.Main \
  --module-path "$fxmods" --add-modules "$jdkmods,javafx.controls" \
  --java-options "$(paste -sd' ' installer/jvm-options)" --icon target/ptce-workbench.icns \
  --mac-package-name "Atelier PTCE" --dest "$out"
ls "$out"/*.dmg
