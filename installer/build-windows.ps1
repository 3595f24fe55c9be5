# Builds the Windows .msi of Atelier PTCE with jpackage, on Windows (jpackage does not cross-build; WiX 3 on the
# PATH): the runtime bundles the JDK modules the workbench needs and JavaFX for Windows (Maven picks the win jars).
# Run by .github/workflows/installers.yml on windows-latest.
#   powershell -File installer/build-windows.ps1      output in target/installer/
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')
& .\mvnw.cmd -B -q -DskipTests package
if ($LASTEXITCODE -ne 0) { throw "mvnw package failed" }
$out = 'target/installer'
Remove-Item -Recurse -Force $out, 'target/jpackage-input' -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force $out, 'target/jpackage-input/lib' | Out-Null
Copy-Item target/ptce-workbench.jar target/jpackage-input/
Get-ChildItem target/lib/*.jar | Where-Object { $_.Name -notlike 'javafx-*' } | Copy-Item -Destination target/jpackage-input/lib/
$fxmods = (Get-ChildItem target/lib/javafx-*-win.jar | ForEach-Object { $_.FullName }) -join ';'
$jdkmods = (& jdeps --ignore-missing-deps --print-module-deps --multi-release 17 `
  --class-path 'target/jpackage-input/lib/*' target/ptce-workbench.jar) + ',java.desktop'
$version = ([xml](Get-Content pom.xml)).project.version -replace '-SNAPSHOT', ''
# the icon: the PNG wrapped in an .ico (Vista+ reads PNG-compressed icons)
$png = [IO.File]::ReadAllBytes('src/main/resources/fr/ptce/workbench/ui/ptce-workbench.png')
$ico = New-Object IO.MemoryStream
$w = New-Object IO.BinaryWriter($ico)
$w.Write([UInt16]0); $w.Write([UInt16]1); $w.Write([UInt16]1)
$w.Write([Byte]0); $w.Write([Byte]0); $w.Write([Byte]0); $w.Write([Byte]0)
$w.Write([UInt16]1); $w.Write([UInt16]32); $w.Write([UInt32]$png.Length); $w.Write([UInt32]22); $w.Write($png)
[IO.File]::WriteAllBytes('target/ptce-workbench.ico', $ico.ToArray())
$javaopts = (Get-Content installer/jvm-options) -join ' '
& jpackage --type msi --name ptce-workbench --app-version $version --vendor 'Atelier PTCE' `
  --input target/jpackage-input --main-jar ptce-workbench.jar --main-class fr.ptce.workbench.Main `
  --module-path $fxmods --add-modules "$jdkmods,javafx.controls" --java-options $javaopts `
  --icon target/ptce-workbench.ico --win-menu --win-menu-group 'Atelier PTCE' --win-shortcut --win-dir-chooser `
  --dest $out
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
Get-ChildItem $out/*.msi
