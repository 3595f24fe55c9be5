package fr.ptce.workbench.spreadsheet.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The benchmark's baselines for spreadsheet work (issue 8): the least any reader or writer of the same file can
 * do with POI. Lives in the spreadsheet package, the only one allowed POI.
 */
public final class BareXlsx {

    private BareXlsx() {}

    /** A bare streaming SAX pass over every sheet that only touches every cell's text; returns the cell count. */
    public static long touchEveryCell(Path file) {
        return read(file, null);
    }

    /** The cell texts of the first sheet, row by row, read the bare way. */
    public static List<List<String>> firstSheetValues(Path file) {
        List<List<String>> rows = new ArrayList<>();
        read(file, rows);
        return rows;
    }

    private static long read(Path file, List<List<String>> keep) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            org.apache.poi.xssf.model.SharedStrings strings = reader.getSharedStringsTable();
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            long[] cells = {0};
            Iterator<InputStream> sheets = reader.getSheetsData();
            boolean first = true;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    XMLReader xml = factory.newSAXParser().getXMLReader();
                    xml.setContentHandler(new Touch(cells, strings, first ? keep : null));
                    xml.parse(new InputSource(sheet));
                }
                first = false;
            }
            return cells[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("Bare read of " + file + " failed", e);
        }
    }

    /** A bare SXSSF write of these values, one sheet, numbers as numbers; what any writer must at least do. */
    public static void writeSxssf(List<List<String>> rows, Path file) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Avis");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    String value = values.get(c);
                    if (value == null || value.isEmpty()) {
                        continue;
                    }
                    if (value.matches("-?\\d+(\\.\\d+)?")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 0-based column of a cell reference such as {@code AB12}; the next one when the cell has none. */
    private static int columnOf(String reference, int next) {
        if (reference == null) {
            return next;
        }
        int column = 0;
        for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
            column = column * 26 + (reference.charAt(i) - 'A' + 1);
        }
        return column - 1;
    }

    private static final class Touch extends DefaultHandler {
        private final long[] cells;
        private final org.apache.poi.xssf.model.SharedStrings strings;
        private final List<List<String>> keep;
        private final StringBuilder text = new StringBuilder();
        private List<String> row;
        private int column;
        private boolean shared;
        private int hash;

        Touch(long[] cells, org.apache.poi.xssf.model.SharedStrings strings, List<List<String>> keep) {
            this.cells = cells;
            this.strings = strings;
            this.keep = keep;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes attributes) {
            if ("row".equals(local)) {
                row = new ArrayList<>();
            } else if ("c".equals(local)) {
                text.setLength(0);
                shared = "s".equals(attributes.getValue("t"));
                column = columnOf(attributes.getValue("r"), row.size());
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if ("c".equals(local)) {
                String value = shared
                        ? strings.getItemAt(Integer.parseInt(text.toString())).getString()
                        : text.toString();
                hash += value.length();
                cells[0]++;
                if (keep != null) {
                    // a cell the writer left out is an empty value: the others stay under their header
                    while (row.size() < column) {
                        row.add("");
                    }
                    row.add(value);
                }
            } else if ("row".equals(local) && keep != null) {
                keep.add(row);
            }
        }
    }
}
