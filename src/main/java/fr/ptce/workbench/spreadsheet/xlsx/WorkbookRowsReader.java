package fr.ptce.workbench.spreadsheet.xlsx;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * Reads chosen sheets of an xlsx workbook into {@link WorkbookRows} with one streaming pass: the package opened
 * read-only ({@link XlsxPackage}), shared strings and styles read once, each chosen sheet parsed with SAX
 * ({@link SheetXmlHandler}, {@link AvisCellDecoder}) within {@link ReadLimits}; the other sheets are not parsed.
 */
public final class WorkbookRowsReader {

    private WorkbookRowsReader() {}

    /**
     * Reads the sheets whose names, ignoring case, are among {@code wanted} (the first of each name).
     *
     * @throws InputRefusedException when the file or one of these sheets cannot be read, or is beyond the limits
     */
    public static WorkbookRows read(Path file, String fileName, Collection<String> wanted) {
        OPCPackage pkg = XlsxPackage.open(file, fileName);
        try {
            return readSheets(new XSSFReader(pkg, true), fileName, wanted);
        } catch (IOException
                | OpenXML4JException
                | POIXMLException
                | InvalidOperationException
                | SAXException failure) {
            throw new InputRefusedException(Location.file(fileName), XlsxPackage.describe(failure), failure);
        } finally {
            pkg.revert();
        }
    }

    private static WorkbookRows readSheets(XSSFReader reader, String fileName, Collection<String> wanted)
            throws IOException, OpenXML4JException, SAXException {
        WorkbookInfo info;
        try (InputStream xml = reader.getWorkbookData()) {
            info = WorkbookInfo.parse(xml);
        }
        AvisCellDecoder decoder = null;
        List<WorkbookRows.Sheet> sheets = new ArrayList<>();
        XSSFReader.SheetIterator iterator = reader.getSheetIterator();
        while (iterator.hasNext()) {
            try (InputStream xml = iterator.next()) {
                String name = iterator.getSheetName();
                if (!isWanted(name, wanted)
                        || sheets.stream().anyMatch(s -> s.name().equalsIgnoreCase(name))) {
                    continue;
                }
                if (decoder == null) {
                    decoder = new AvisCellDecoder(
                            new CellValueFormatter(
                                    reader.getStylesTable(), reader.getSharedStringsTable(), info.date1904()),
                            info.date1904());
                }
                Rows rows = new Rows();
                XlsxPackage.parseSheet(fileName, name, xml, new SheetXmlHandler<>(fileName, name, decoder, rows));
                sheets.add(new WorkbookRows.Sheet(name, Collections.unmodifiableList(rows.rows)));
            }
        }
        return new WorkbookRows(sheets);
    }

    private static boolean isWanted(String name, Collection<String> wanted) {
        return wanted.stream().anyMatch(name::equalsIgnoreCase);
    }

    /** One sheet's rows as they stream in, a missing row as an empty one. */
    private static final class Rows implements RowTarget<Object> {

        private final List<List<Object>> rows = new ArrayList<>();

        @Override
        public boolean row(long rowNumber, List<Object> cells) {
            while (rows.size() < rowNumber - 1) {
                rows.add(List.of());
            }
            rows.add(Collections.unmodifiableList(Arrays.asList(cells.toArray())));
            return true;
        }

        @Override
        public String columnName(int index) {
            return ReadLimits.columnLetters(index);
        }
    }
}
