package fr.ptce.workbench.spreadsheet.ds;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small ods files whose content.xml the test writes, so that tests control every byte of it. */
public final class TestOds {

    /** The namespace declarations of an ods content.xml. */
    public static final String NAMESPACES = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\"";

    private TestOds() {}

    /** The content.xml holding these {@code table:table} elements. */
    public static String content(String tables) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + NAMESPACES
                + "><office:body><office:spreadsheet>" + tables
                + "</office:spreadsheet></office:body></office:document-content>";
    }

    /** One sheet whose rows are given. */
    public static String table(String name, String rows) {
        return "<table:table table:name=\"" + name + "\">" + rows + "</table:table>";
    }

    /** A row of text cells, "" for an empty cell. */
    public static String row(String... texts) {
        StringBuilder row = new StringBuilder("<table:table-row>");
        for (String text : texts) {
            row.append(
                    text.isEmpty()
                            ? "<table:table-cell/>"
                            : "<table:table-cell office:value-type=\"string\"><text:p>" + text
                                    + "</text:p></table:table-cell>");
        }
        return row.append("</table:table-row>").toString();
    }

    /** Writes an ods: the mimetype, then the given parts (name, content) in order. */
    public static Path write(Path folder, String name, String... parts) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            for (int i = 0; i + 1 < parts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(parts[i]));
                zip.write(parts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Writes an ods holding these sheets. */
    public static Path withTables(Path folder, String name, String tables) throws IOException {
        return write(folder, name, "content.xml", content(tables));
    }
}
