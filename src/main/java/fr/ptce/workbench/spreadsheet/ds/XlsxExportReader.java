package fr.ptce.workbench.spreadsheet.ds;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import fr.ptce.workbench.spreadsheet.xlsx.CellValueFormatter;
import fr.ptce.workbench.spreadsheet.xlsx.SheetXmlHandler;
import fr.ptce.workbench.spreadsheet.xlsx.WorkbookInfo;
import fr.ptce.workbench.spreadsheet.xlsx.XlsxPackage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.SAXException;

/**
 * Streams an xlsx DS export sheet by sheet with POI's read-only package and event API, never building the
 * workbook in memory; POI's zip-bomb limits stay on.
 */
final class XlsxExportReader {

    /** What the workbook held, sheet-wise. */
    record Result(List<String> sheetNames, List<String> ignoredSheets) {}

    private final ReadContext context;
    private final Path file;
    private final String fileName;

    XlsxExportReader(ReadContext context) {
        this.context = context;
        this.file = context.file();
        this.fileName = context.fileName();
    }

    Result read() {
        OPCPackage pkg = XlsxPackage.open(file, fileName);
        try {
            return readSheets(new XSSFReader(pkg, true));
        } catch (IOException
                | OpenXML4JException
                | POIXMLException
                | InvalidOperationException
                | SAXException unreadable) {
            throw new InputRefusedException(Location.file(fileName), XlsxPackage.describe(unreadable), unreadable);
        } finally {
            pkg.revert();
        }
    }

    private Result readSheets(XSSFReader reader) throws IOException, OpenXML4JException, SAXException {
        WorkbookInfo workbook;
        try (InputStream xml = reader.getWorkbookData()) {
            workbook = WorkbookInfo.parse(xml);
        }
        if (!workbook.sheetNames().contains("Dossiers")) {
            throw new InputRefusedException(
                    Location.file(fileName),
                    "pas de feuille «\u00a0Dossiers\u00a0» (feuilles "
                            + "trouvées\u00a0: " + String.join(", ", workbook.sheetNames())
                            + ")\u00a0: ce n'est pas un export de dossiers de demarches-simplifiees.fr");
        }
        CellValueFormatter formatter =
                new CellValueFormatter(reader.getStylesTable(), reader.getSharedStringsTable(), workbook.date1904());
        List<String> names = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            context.progress().checkCancelled();
            try (InputStream xml = sheets.next()) {
                String name = sheets.getSheetName();
                names.add(name);
                if (readSheet(name, xml, formatter)) {
                    ignored.add(name);
                }
            }
        }
        return new Result(names, ignored);
    }

    /** Streams one sheet to the sink; returns whether it was ignored. */
    private boolean readSheet(String name, InputStream xml, CellValueFormatter formatter) {
        SheetRowRouter router =
                new SheetRowRouter(context, name, null, "Lecture de la feuille «\u00a0" + name + "\u00a0»…");
        // an unknown sheet stops at its header, which is enough to decide
        XlsxPackage.parseSheet(fileName, name, xml, new SheetXmlHandler<>(fileName, name, formatter, router));
        return router.finish();
    }
}
