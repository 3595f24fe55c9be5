package fr.ptce.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills an expert kit as an expert would: with Apache POI for the round trip's core path (no external program), with
 * openpyxl (python3) for the cells and LibreOffice headless for a re-save or a conversion in the interop tests. A
 * test that needs openpyxl or LibreOffice fails, naming it, when it is absent ({@link ExternalTools}).
 */
public final class KitFiller {

    private KitFiller() {}

    /**
     * Writes {@code target} with Apache POI: the kit with each dossier's {@code header → value} edits in the
     * Notation sheet (numbers stay numbers, cell styles kept), as fill_kit.py does with openpyxl.
     */
    public static Path poi(Path kit, Path target, Map<String, Map<String, Object>> edits) {
        try (InputStream in = Files.newInputStream(kit);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("Notation");
            DataFormatter text = new DataFormatter();
            Map<String, Integer> headers = new HashMap<>();
            sheet.getRow(0).forEach(cell -> headers.put(text.formatCellValue(cell), cell.getColumnIndex()));
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, Object> cells = edits.getOrDefault(text.formatCellValue(row.getCell(0)), Map.of());
                for (Map.Entry<String, Object> edit : cells.entrySet()) {
                    Integer column = headers.get(edit.getKey());
                    if (column == null) {
                        throw new IllegalArgumentException("no column " + edit.getKey() + " in " + headers.keySet());
                    }
                    Cell cell = row.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
                    if (edit.getValue() instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(String.valueOf(edit.getValue()));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Writes {@code target} with openpyxl (python3): the kit with each dossier's edits (numbers stay numbers). */
    public static Path openpyxl(Path kit, Path target, Map<String, Map<String, Object>> edits) {
        Path python = ExternalTools.python3WithOpenpyxl();
        Path script = kit.getParent().resolve("fill_kit.py");
        try (InputStream in = KitFiller.class.getResourceAsStream("/kits/fill_kit.py")) {
            Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int status = run(
                List.of(python.toString(), script.toString(), kit.toString(), target.toString(), json(edits)),
                kit.getParent());
        if (status != 0) {
            throw new IllegalStateException("fill_kit.py failed with status " + status);
        }
        return target;
    }

    /** Runs LibreOffice headless {@code --convert-to FORMAT} into {@code folder}; fails without soffice. */
    public static int libreOffice(Path file, String format, Path folder) {
        Path soffice = ExternalTools.soffice();
        return run(
                List.of(
                        soffice.toString(),
                        "-env:UserInstallation=file://" + folder.resolve("lo-profile"),
                        "--headless",
                        "--convert-to",
                        format,
                        "--outdir",
                        folder.toString(),
                        file.toString()),
                folder);
    }

    private static int run(List<String> command, Path folder) {
        return ExternalTools.run(command, folder, folder.resolve("process.log"));
    }

    private static String json(Map<String, Map<String, Object>> edits) {
        StringBuilder out = new StringBuilder("{");
        edits.forEach((number, cells) -> {
            out.append(out.length() > 1 ? "," : "").append(quote(number)).append(":{");
            int[] n = {0};
            cells.forEach((header, value) -> out.append(n[0]++ > 0 ? "," : "")
                    .append(quote(header))
                    .append(':')
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
