package fr.ptce.workbench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Fills an expert kit with another program, as an expert would: openpyxl (python3) for the cells, LibreOffice
 * headless for a re-save or a conversion. A test that needs one of them is skipped when it is absent.
 */
public final class KitFiller {

    private KitFiller() {
    }

    /** Writes {@code target}: the kit with each dossier's {@code header → value} edits (numbers stay numbers). */
    public static Path openpyxl(Path kit, Path target, Map<String, Map<String, Object>> edits) {
        assumeTrue(run(List.of("python3", "-c", "import openpyxl"), kit.getParent()) == 0,
                "python3 with openpyxl is not installed");
        Path script = kit.getParent().resolve("fill_kit.py");
        try (InputStream in = KitFiller.class.getResourceAsStream("/kits/fill_kit.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int status = run(List.of("python3", script.toString(), kit.toString(), target.toString(), json(edits)),
                kit.getParent());
        if (status != 0) {
            throw new IllegalStateException("fill_kit.py failed with status " + status);
        }
        return target;
    }

    /** Runs LibreOffice headless {@code --convert-to FORMAT} into {@code folder}; skipped without soffice. */
    public static int libreOffice(Path file, String format, Path folder) {
        assumeTrue(run(List.of("sh", "-c", "command -v soffice"), file.getParent()) == 0,
                "LibreOffice (soffice) is not installed");
        return run(List.of("soffice", "-env:UserInstallation=file://" + folder.resolve("lo-profile"), "--headless",
                "--convert-to", format, "--outdir", folder.toString(), file.toString()), folder);
    }

    private static int run(List<String> command, Path folder) {
        try {
            Process p = new ProcessBuilder(new ArrayList<>(command)).directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("process.log").toFile()).start();
            if (!p.waitFor(180, TimeUnit.SECONDS)) {
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

    private static String json(Map<String, Map<String, Object>> edits) {
        StringBuilder out = new StringBuilder("{");
        edits.forEach((number, cells) -> {
            out.append(out.length() > 1 ? "," : "").append(quote(number)).append(":{");
            int[] n = {0};
            cells.forEach((header, value) -> out.append(n[0]++ > 0 ? "," : "").append(quote(header)).append(':')
                    .append(value instanceof Number ? value.toString() : quote(String.valueOf(value))));
            out.append('}');
        });
        return out.append('}').toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Every entry of a zip (xlsx) as text, for grepping. */
    public static String unzipped(Path file) {
        StringBuilder out = new StringBuilder();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
            for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                out.append(e.getName()).append('\n').append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
