package fr.ptce.workbench.spreadsheet.ds;

import fr.ptce.workbench.spreadsheet.xlsx.ReadLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds small xlsx files part by part, so tests control every byte of the sheet XML. */
final class TestXlsx {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private final Map<String, String> sheets = new LinkedHashMap<>();
    private String styles;
    private String sharedStrings;

    /** Adds a sheet whose {@code <sheetData>} content is given. */
    TestXlsx sheet(String name, String sheetData) {
        return rawSheet(
                name,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>" + sheetData
                        + "</sheetData></worksheet>");
    }

    /** Adds a sheet whose whole XML is given. */
    TestXlsx rawSheet(String name, String xml) {
        sheets.put(name, xml);
        return this;
    }

    /** Adds a styles part whose cellXfs are: 0 general, 1 date-time, 2 date only. */
    TestXlsx dateStyles() {
        styles = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN_NS + "\">"
                + "<numFmts count=\"2\"><numFmt numFmtId=\"100\" formatCode=\"yyyy-mm-dd h:mm AM/PM\"/>"
                + "<numFmt numFmtId=\"101\" formatCode=\"yyyy-mm-dd\"/></numFmts>"
                + "<fonts count=\"1\"><font><sz val=\"11\"/></font></fonts>"
                + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                + "<borders count=\"1\"><border/></borders>"
                + "<cellStyleXfs count=\"1\">"
                + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"100\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "<xf numFmtId=\"101\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                + "</cellXfs></styleSheet>";
        return this;
    }

    /** Adds a shared strings part with the given items. */
    TestXlsx sharedStrings(String... items) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN_NS
                + "\" count=\"" + items.length + "\" uniqueCount=\"" + items.length + "\">");
        for (String item : items) {
            xml.append("<si><t xml:space=\"preserve\">").append(item).append("</t></si>");
        }
        sharedStrings = xml.append("</sst>").toString();
        return this;
    }

    void write(Path file) throws IOException {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.spreadsheetml.sheet.main+xml\"/>");
        StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
                + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\">");
        int n = 0;
        for (String name : sheets.keySet()) {
            n++;
            types.append("<Override PartName=\"/xl/worksheets/sheet")
                    .append(n)
                    .append(".xml\" ContentType=\""
                            + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.append("<sheet name=\"")
                    .append(name)
                    .append("\" sheetId=\"")
                    .append(n)
                    .append("\" r:id=\"rId")
                    .append(n)
                    .append("\"/>");
            rels.append("<Relationship Id=\"rId")
                    .append(n)
                    .append("\" Type=\"")
                    .append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet")
                    .append(n)
                    .append(".xml\"/>");
        }
        if (styles != null) {
            types.append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.styles+xml\"/>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"").append(REL_NS).append("/styles\" Target=\"styles.xml\"/>");
        }
        if (sharedStrings != null) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.append("<Relationship Id=\"rIdT\" Type=\"")
                    .append(REL_NS)
                    .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", types.append("</Types>").toString());
            put(
                    zip,
                    "_rels/.rels",
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                            + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                            + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
            put(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    rels.append("</Relationships>").toString());
            n = 0;
            for (String xml : sheets.values()) {
                put(zip, "xl/worksheets/sheet" + (++n) + ".xml", xml);
            }
            if (styles != null) {
                put(zip, "xl/styles.xml", styles);
            }
            if (sharedStrings != null) {
                put(zip, "xl/sharedStrings.xml", sharedStrings);
            }
        }
    }

    static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** An inline-string cell. */
    static String text(String reference, String value) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }

    /** A row of inline-string cells from column A on. */
    static String row(int number, String... values) {
        StringBuilder xml = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < values.length; i++) {
            xml.append(text(ReadLimits.columnLetters(i) + number, values[i]));
        }
        return xml.append("</row>").toString();
    }
}
