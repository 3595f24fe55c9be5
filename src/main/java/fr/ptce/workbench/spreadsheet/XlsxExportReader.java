package fr.ptce.workbench.spreadsheet;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Streams an xlsx DS export sheet by sheet with POI's read-only package and event API, never building the
 * workbook in memory; POI's zip-bomb limits stay on.
 */
final class XlsxExportReader {

    /** What the workbook held, sheet-wise. */
    record Result(List<String> sheetNames, List<String> ignoredSheets) {
    }

    private static final Set<String> WORKBOOK_CONTENT_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private final ReadContext context;
    private final Path file;
    private final String fileName;

    XlsxExportReader(ReadContext context) {
        this.context = context;
        this.file = context.file();
        this.fileName = context.fileName();
    }

    Result read() {
        ZipContentCheck.requireWorkbook(file, fileName);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException unreadable) {
            throw refused("classeur xlsx illisible ou corrompu (" + unreadable.getMessage() + ")", unreadable);
        }
        try {
            requireSpreadsheet(pkg);
            return readSheets(new XSSFReader(pkg, true));
        } catch (IOException | OpenXML4JException | POIXMLException | InvalidOperationException
                | SAXException unreadable) {
            throw refused(describe(unreadable), unreadable);
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
            throw new InputRefusedException(Location.file(fileName), "pas de feuille « Dossiers » (feuilles "
                    + "trouvées : " + String.join(", ", workbook.sheetNames())
                    + ") : ce n'est pas un export de dossiers de demarches-simplifiees.fr");
        }
        CellValueFormatter formatter = new CellValueFormatter(reader.getStylesTable(),
                reader.getSharedStringsTable(), workbook.date1904());
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
    private boolean readSheet(String name, InputStream xml, CellValueFormatter formatter) throws IOException {
        SheetRowRouter router = new SheetRowRouter(context, name, null,
                "Lecture de la feuille « " + name + " »…");
        try {
            XMLReader parser = SecureXml.newReader();
            parser.setContentHandler(new SheetXmlHandler(fileName, name, formatter, router));
            parser.parse(new InputSource(xml));
        } catch (SheetXmlHandler.StopSheet ignoredRest) {
            // an unknown sheet: its header was enough to decide
        } catch (SAXParseException malformed) {
            throw new InputRefusedException(Location.sheet(fileName, name), "XML de la feuille invalide à la "
                    + "ligne XML " + malformed.getLineNumber() + " (" + explain(malformed) + ")", malformed);
        } catch (SAXException failed) {
            if (failed.getException() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new InputRefusedException(Location.sheet(fileName, name),
                    "XML de la feuille illisible (" + failed.getMessage() + ")", failed);
        } catch (IOException unreadable) {
            throw new InputRefusedException(Location.sheet(fileName, name), describe(unreadable), unreadable);
        }
        return router.finish();
    }

    private void requireSpreadsheet(OPCPackage pkg) throws OpenXML4JException {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.isEmpty()) {
            core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart main = core.isEmpty() ? null : pkg.getPart(core.getRelationship(0));
        String type = main == null ? "" : main.getContentType();
        if (type.contains("wordprocessingml")) {
            throw refused("c'est un document Word (.docx), pas un classeur Excel (.xlsx) exporté de "
                    + "demarches-simplifiees.fr", null);
        }
        if (!WORKBOOK_CONTENT_TYPES.contains(type)) {
            throw refused("document Office qui n'est pas un classeur Excel (.xlsx)"
                    + (type.isEmpty() ? "" : " (type « " + type + " »)"), null);
        }
    }

    private static String explain(SAXParseException malformed) {
        String message = String.valueOf(malformed.getMessage());
        return message.contains("DOCTYPE")
                ? "déclaration DOCTYPE interdite : entités XML refusées par sécurité"
                : message;
    }

    private static String describe(Exception failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.contains("Zip bomb") || message.contains("max. ratio") || message.contains("exceeded")) {
            return "contenu compressé de façon anormale (bombe zip ?) : fichier refusé par sécurité";
        }
        return "classeur xlsx illisible ou corrompu (" + message + ")";
    }

    private InputRefusedException refused(String reason, Throwable cause) {
        return cause == null
                ? new InputRefusedException(Location.file(fileName), reason)
                : new InputRefusedException(Location.file(fileName), reason, cause);
    }
}
