package fr.ptce.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multi-platform jar ({@code target/ptce-workbench-<version>-all.jar}, built in {@code package}): JavaFX's
 * natives of every platform are inside, each for its processor (ELF x86-64, Windows PE, Mach-O x86-64 and arm64), the
 * classes of each platform's toolkit too, and the Launcher hands macOS the natives of its architecture. That the jar
 * opens the window is {@link FreshStartKeyboardIT}'s first step (it starts this jar under Xvfb). Run by failsafe,
 * after package.
 */
class AllPlatformsJarIT {

    private static final List<String> LINUX = List.of(
            "libglass.so",
            "libglassgtk3.so",
            "libprism_es2.so",
            "libprism_sw.so",
            "libjavafx_font.so",
            "libjavafx_iio.so",
            "libdecora_sse.so");
    private static final List<String> WINDOWS = List.of(
            "glass.dll",
            "prism_d3d.dll",
            "prism_sw.dll",
            "javafx_font.dll",
            "javafx_iio.dll",
            "decora_sse.dll",
            "vcruntime140.dll",
            "msvcp140.dll");
    private static final int MACH_O_64 = 0xfeedfacf;
    private static final int CPU_X86_64 = 0x01000007;
    private static final int CPU_ARM64 = 0x0100000c;

    private static Path jar;

    @TempDir
    Path folder;

    @BeforeAll
    static void theJar() {
        jar = Path.of(System.getProperty("ptce.allJar", "target/ptce-workbench-all.jar"));
        assertTrue(Files.isRegularFile(jar), jar + " is missing: it is built in package (./mvnw verify)");
    }

    @Test
    void itStartsWithTheLauncherAndReadsItsServices() throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            assertEquals(
                    "fr.ptce.workbench.Launcher", manifest.getMainAttributes().getValue("Main-Class"));
            assertEquals("true", manifest.getMainAttributes().getValue("Multi-Release"));
            for (String name : List.of(
                    "fr/ptce/workbench/Launcher.class",
                    "fr/ptce/workbench/Main.class",
                    "javafx/application/Application.class",
                    "org/h2/Driver.class",
                    "com/sun/glass/ui/gtk/GtkApplication.class",
                    "com/sun/glass/ui/win/WinApplication.class",
                    "com/sun/glass/ui/mac/MacApplication.class",
                    "com/sun/prism/d3d/D3DPipeline.class",
                    "db/migration/h2/V001__create_dossier.sql",
                    "db/migration/common/V004__review_avis_audit.sql",
                    "db/migration/postgresql/V001__create_dossier.sql",
                    "org/postgresql/Driver.class")) {
                assertTrue(file.getEntry(name) != null, name);
            }
            // the merged service files keep every library's providers (flyway's H2 and PostgreSQL support, slf4j's
            // binding)
            String flyway = text(file, "META-INF/services/org.flywaydb.core.extensibility.Plugin");
            assertTrue(flyway.contains("H2DatabaseType"), flyway);
            assertTrue(flyway.contains("PostgreSQLDatabaseType"), flyway);
            assertTrue(text(file, "META-INF/services/org.slf4j.spi.SLF4JServiceProvider")
                    .contains("Simple"));
        }
    }

    @Test
    void itCarriesJavafxNativesForLinuxWindowsAndBothMacs() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (String name : LINUX) {
                byte[] head = head(file, name, wrong);
                if (head != null
                        && !(head[0] == 0x7f
                                && head[1] == 'E'
                                && head[2] == 'L'
                                && head[3] == 'F'
                                && ByteBuffer.wrap(head, 18, 2)
                                                .order(ByteOrder.LITTLE_ENDIAN)
                                                .getShort()
                                        == 0x3e)) {
                    wrong.add(name + " is not an ELF x86-64 library");
                }
            }
            for (String name : WINDOWS) {
                byte[] head = head(file, name, wrong);
                if (head != null && !(head[0] == 'M' && head[1] == 'Z')) {
                    wrong.add(name + " is not a Windows PE library");
                }
            }
            for (String library : Launcher.MAC_LIBRARIES) {
                String name = "lib" + library + ".dylib";
                checkMachO(head(file, "natives/mac-x64/" + name, wrong), "natives/mac-x64/" + name, CPU_X86_64, wrong);
                checkMachO(
                        head(file, "natives/mac-aarch64/" + name, wrong),
                        "natives/mac-aarch64/" + name,
                        CPU_ARM64,
                        wrong);
                if (file.getEntry(name) != null) {
                    wrong.add(name + " at the root would shadow the Launcher's choice of architecture");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theLauncherCopiesTheMacNativesOfTheMachinesArchitecture() throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            for (String arch : List.of("aarch64", "x86_64")) {
                Optional<Path> copied = Launcher.macNatives(arch, folder, loader);
                assertTrue(copied.isPresent(), arch);
                List<String> wrong = new ArrayList<>();
                for (String library : Launcher.MAC_LIBRARIES) {
                    Path lib = copied.get().resolve("lib" + library + ".dylib");
                    assertTrue(Files.isRegularFile(lib), lib.toString());
                    byte[] head = new byte[20];
                    try (InputStream in = Files.newInputStream(lib)) {
                        assertEquals(20, in.readNBytes(head, 0, 20));
                    }
                    checkMachO(head, lib.toString(), arch.equals("aarch64") ? CPU_ARM64 : CPU_X86_64, wrong);
                }
                assertEquals(List.of(), wrong, arch);
            }
        }
        // the thin jar's class path has none: the platform's JavaFX jars load their own natives
        assertEquals(
                Optional.empty(),
                Launcher.macNatives("aarch64", folder.resolve("thin"), new URLClassLoader(new URL[0], null)));
    }

    private static void checkMachO(byte[] head, String name, int cpu, List<String> wrong) {
        if (head == null) {
            return;
        }
        ByteBuffer bytes = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.getInt(0) != MACH_O_64 || bytes.getInt(4) != cpu) {
            wrong.add(name
                    + String.format(
                            " is not a 64-bit Mach-O for cpu %08x (magic %08x, cpu %08x)",
                            cpu, bytes.getInt(0), bytes.getInt(4)));
        }
    }

    private static byte[] head(JarFile file, String name, List<String> wrong) throws IOException {
        ZipEntry entry = file.getEntry(name);
        if (entry == null) {
            wrong.add(name + " is missing");
            return null;
        }
        try (InputStream in = file.getInputStream(entry)) {
            return in.readNBytes(20);
        }
    }

    private static String text(JarFile file, String name) throws IOException {
        ZipEntry entry = file.getEntry(name);
        assertTrue(entry != null, name + " is missing");
        try (InputStream in = file.getInputStream(entry)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
