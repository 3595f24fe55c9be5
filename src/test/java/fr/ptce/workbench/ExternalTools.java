package fr.ptce.workbench;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The one launcher of the external programs the interop tests use (LibreOffice, python3 with openpyxl, Xvfb,
 * openbox, xdotool). A missing program FAILS the test with its name and its Debian package — it never skips:
 * {@code .ci/run} installs them all on a clean Debian machine.
 */
public final class ExternalTools {

    private static volatile Path python;

    private ExternalTools() {}

    /** The program's path on PATH (or in /usr/bin); fails naming the program and the Debian package otherwise. */
    public static Path require(String program, String debianPackage) {
        Path found = find(program);
        if (found == null) {
            fail(program + " is not installed (Debian package " + debianPackage + "): run .ci/run as root, or"
                    + " apt-get install " + debianPackage + ", before ./mvnw verify");
        }
        return found;
    }

    /** The program's path on PATH (or in /usr/bin), null when absent. */
    public static Path find(String program) {
        for (String dir : searchPath()) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * A python3 that imports openpyxl: the first on PATH that does, else Debian's /usr/bin/python3 (where
     * python3-openpyxl installs it, even when a pyenv or venv python3 comes first on PATH). Fails otherwise.
     */
    public static Path python3WithOpenpyxl() {
        if (python != null) {
            return python;
        }
        Set<Path> candidates = new LinkedHashSet<>();
        for (String dir : searchPath()) {
            Path candidate = Path.of(dir, "python3");
            if (Files.isExecutable(candidate)) {
                candidates.add(candidate);
            }
        }
        for (Path candidate : candidates) {
            if (exitStatus(List.of(candidate.toString(), "-c", "import openpyxl")) == 0) {
                python = candidate;
                return candidate;
            }
        }
        return fail("python3 with openpyxl is not installed (Debian package python3-openpyxl; tried "
                + (candidates.isEmpty() ? "no python3" : candidates) + "): run .ci/run as root, or apt-get install"
                + " python3-openpyxl, before ./mvnw verify");
    }

    /** LibreOffice's {@code soffice}, or a failure naming libreoffice-calc. */
    public static Path soffice() {
        return require("soffice", "libreoffice-calc");
    }

    /** Runs the command to its end (3 minutes at most), its output into {@code log}; its exit status, -1 if it hung. */
    public static int run(List<String> command, Path directory, Path log) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command))
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return fail("cannot start " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int exitStatus(List<String> command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static List<String> searchPath() {
        List<String> dirs =
                new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        Stream.of("/usr/bin", "/usr/local/bin").filter(d -> !dirs.contains(d)).forEach(dirs::add);
        dirs.removeIf(String::isEmpty);
        return dirs;
    }
}
