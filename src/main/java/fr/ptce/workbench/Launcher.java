package fr.ptce.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Main class of the multi-platform jar ({@code java -jar ptce-workbench-<version>-all.jar}): does not extend
 * {@code Application}, so that JavaFX starts from the class path on any Java 17+. JavaFX finds its Linux and Windows
 * natives at the jar's root by itself; the macOS natives of Intel and Apple silicon share their names, so the jar
 * holds them under {@code natives/mac-x64/} and {@code natives/mac-aarch64/}: on macOS this class copies the
 * machine's ones into a folder and puts it on {@code java.library.path}, where JavaFX looks next. Then it runs
 * {@link Main}.
 */
public final class Launcher {

    /** The JavaFX natives of javafx-graphics (the controls and base modules have none). */
    static final List<String> MAC_LIBRARIES =
            List.of("glass", "javafx_font", "javafx_iio", "prism_common", "prism_es2", "prism_sw", "decora_sse");

    private Launcher() {}

    public static void main(String[] args) {
        String os = System.getProperty("os.name", "");
        if (os.toLowerCase(Locale.ROOT).startsWith("mac")) {
            String version = Optional.ofNullable(Launcher.class.getPackage().getImplementationVersion())
                    .orElse("dev");
            Path folder = Path.of(
                    System.getProperty("java.io.tmpdir"),
                    "ptce-workbench-natives-" + version + "-" + System.getProperty("user.name", "user"));
            macNatives(System.getProperty("os.arch", ""), folder, Launcher.class.getClassLoader())
                    .ifPresent(Launcher::addToLibraryPath);
        }
        Main.main(args);
    }

    /** The folder {@code natives/mac-x64} or {@code natives/mac-aarch64} of the class path for the architecture. */
    static String macFolder(String arch) {
        return arch.equals("aarch64") || arch.equals("arm64") ? "natives/mac-aarch64" : "natives/mac-x64";
    }

    /**
     * Copies the macOS natives of the architecture from the class path into {@code folder}/{@code mac-<arch>}; the
     * folder, or empty when the class path holds none (a thin jar with the platform's JavaFX jars).
     */
    static Optional<Path> macNatives(String arch, Path folder, ClassLoader loader) {
        String source = macFolder(arch);
        Path target = folder.resolve(source.substring(source.indexOf('/') + 1));
        List<String> copied = new ArrayList<>();
        try {
            for (String library : MAC_LIBRARIES) {
                String name = "lib" + library + ".dylib";
                try (InputStream in = loader.getResourceAsStream(source + "/" + name)) {
                    if (in == null) {
                        continue;
                    }
                    Files.createDirectories(target);
                    Path temporary = Files.createTempFile(target, name, ".part");
                    Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(
                            temporary,
                            target.resolve(name),
                            StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                    copied.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy JavaFX's macOS libraries into " + target, e);
        }
        return copied.isEmpty() ? Optional.empty() : Optional.of(target);
    }

    private static void addToLibraryPath(Path folder) {
        String current = System.getProperty("java.library.path", "");
        System.setProperty(
                "java.library.path", folder + (current.isEmpty() ? "" : java.io.File.pathSeparator + current));
    }
}
