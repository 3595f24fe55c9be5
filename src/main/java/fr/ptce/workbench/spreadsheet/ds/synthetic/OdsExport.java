package fr.ptce.workbench.spreadsheet.ds.synthetic;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.spreadsheet.xlsx.TempFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Streams dossiers into an ods laid out as DS wrote it with rodf 1.1.1 and SpreadsheetArchitect (formats.md §1.5b):
 * numbers as float cells, everything else as text — times as {@code 2021-06-15 10:23:45 +0200}, dates as
 * {@code 2021-06-15}, booleans as {@code true}/{@code false} —, strings stripped, one {@code <text:p>} per line.
 * Each sheet's rows go to a temporary file, joined into content.xml at the end, so memory stays flat.
 */
final class OdsExport {

    private static final String MIME = "application/vnd.oasis.opendocument.spreadsheet";
    private static final DateTimeFormatter RODF_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
            + "<office:body><office:spreadsheet>";
    private static final String TAIL = "</office:spreadsheet></office:body></office:document-content>";
    private static final String MANIFEST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest"
            + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + MIME + "\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";

    private OdsExport() {}

    /** Writes the ods to {@code file}, its zip entries dated {@code exportedAt} (Paris wall clock). */
    static void write(Iterable<Dossier> dossiers, DsEra era, OffsetDateTime exportedAt, Path file) throws IOException {
        List<SheetFile> sheets = new ArrayList<>();
        try {
            SheetFile main = sheet(sheets, file, "Dossiers", DossierColumns.headers(era, false));
            SheetFile establishments = sheet(sheets, file, "Etablissements", EstablishmentColumns.sheetHeaders(era));
            SheetFile avis = sheet(sheets, file, "Avis", List.of());
            SheetFile communes = sheet(sheets, file, XlsxExport.COMMUNES_SHEET, XlsxExport.communeHeaders(era));
            for (Dossier dossier : dossiers) {
                main.add(DossierColumns.row(dossier, era, false));
                if (EstablishmentColumns.hasEstablishment(dossier)) {
                    establishments.add(EstablishmentColumns.sheetRow(dossier, era));
                }
                if (dossier.territory() != null) {
                    long line = 1;
                    for (Commune commune : dossier.territory().communes()) {
                        communes.add(XlsxExport.communeRow(era, dossier, commune, line++));
                    }
                }
            }
            if (era == DsEra.Y2025 && communes.rows == 0) {
                // since 2022-06 DS writes no sheet for a repetition block without rows
                sheets.remove(communes);
                communes.close();
            }
            for (SheetFile sheet : sheets) {
                sheet.close();
            }
            zip(sheets, exportedAt.atZoneSameInstant(PARIS).toLocalDateTime(), file);
        } finally {
            for (SheetFile sheet : sheets) {
                sheet.close();
                TempFiles.deleteQuietly(sheet.path);
            }
        }
    }

    private static SheetFile sheet(List<SheetFile> sheets, Path target, String name, List<String> headers)
            throws IOException {
        SheetFile sheet = new SheetFile(TempFiles.beside(target), name, headers);
        sheets.add(sheet);
        return sheet;
    }

    private static void zip(List<SheetFile> sheets, LocalDateTime time, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = MIME.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            // OpenDocument: the mimetype comes first, stored uncompressed
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            mimetype.setCrc(crc.getValue());
            mimetype.setTimeLocal(time);
            zip.putNextEntry(mimetype);
            zip.write(mime);
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", time);
            zip.write(MANIFEST.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            entry(zip, "content.xml", time);
            zip.write(HEAD.getBytes(StandardCharsets.UTF_8));
            for (SheetFile sheet : sheets) {
                zip.write(("<table:table table:name=\"" + escape(sheet.name) + "\">").getBytes(StandardCharsets.UTF_8));
                if (sheet.rows == 0) {
                    // SpreadsheetArchitect writes a sheet without records as one empty row with no header
                    zip.write(
                            "<table:table-row><table:table-cell/></table:table-row>".getBytes(StandardCharsets.UTF_8));
                } else {
                    Files.copy(sheet.path, zip);
                }
                zip.write("</table:table>".getBytes(StandardCharsets.UTF_8));
            }
            zip.write(TAIL.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    private static void entry(ZipOutputStream zip, String name, LocalDateTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(time);
        zip.putNextEntry(entry);
    }

    /** One sheet's rows, written to a temporary file; the header row comes with the first record. */
    private static final class SheetFile implements AutoCloseable {
        private final Path path;
        private final String name;
        private final List<String> headers;
        private Writer out;
        private int rows;

        SheetFile(Path path, String name, List<String> headers) throws IOException {
            this.path = path;
            this.name = name;
            this.headers = headers;
            this.out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8));
        }

        void add(List<?> values) throws IOException {
            if (rows == 0) {
                row(headers);
            }
            row(values);
        }

        private void row(List<?> values) throws IOException {
            out.write("<table:table-row>");
            for (Object value : values) {
                cell(out, value);
            }
            out.write("</table:table-row>");
            rows++;
        }

        @Override
        public void close() throws IOException {
            if (out != null) {
                out.close();
                out = null;
            }
        }
    }

    private static void cell(Writer out, Object value) throws IOException {
        if (value == null) {
            out.write("<table:table-cell/>");
            return;
        }
        if (value instanceof Number number) {
            String plain = new BigDecimal(number.toString()).toPlainString();
            out.write("<table:table-cell office:value-type=\"float\" office:value=\"" + plain + "\"><text:p>" + plain
                    + "</text:p></table:table-cell>");
            return;
        }
        String text;
        if (value instanceof OffsetDateTime time) {
            text = time.atZoneSameInstant(PARIS).format(RODF_TIME); // ActiveSupport's TimeWithZone#to_s
        } else if (value instanceof LocalDate day) {
            text = day.toString();
        } else {
            text = value.toString().strip(); // rodf strips strings
        }
        if (text.isEmpty()) {
            out.write("<table:table-cell/>");
            return;
        }
        out.write("<table:table-cell office:value-type=\"string\">");
        for (String line : text.split("\n", -1)) {
            out.write("<text:p>" + escape(line) + "</text:p>");
        }
        out.write("</table:table-cell>");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("\r", "&#13;");
    }
}
