package fr.ptce.workbench.spreadsheet.xlsx;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The streaming readers' shared steps over an xlsx package: opening it read-only once its zip table of contents
 * is checked and its main part known to be a workbook, and parsing one sheet's XML with a hardened parser; POI's
 * zip-bomb limits stay on.
 */
public final class XlsxPackage {

    private static final Set<String> WORKBOOK_CONTENT_TYPES = Set.of(
            XSSFRelation.WORKBOOK.getContentType(),
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
            XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

    private XlsxPackage() {}

    /**
     * Opens a workbook read-only; the caller reverts the package when done.
     *
     * @throws InputRefusedException when the file is not a readable xlsx workbook
     */
    public static OPCPackage open(Path file, String fileName) {
        ZipContentCheck.requireWorkbook(file, fileName);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | RuntimeException unreadable) {
            throw refused(
                    fileName, "classeur xlsx illisible ou corrompu (" + unreadable.getMessage() + ")", unreadable);
        }
        boolean opened = false;
        try {
            requireSpreadsheet(pkg, fileName);
            opened = true;
            return pkg;
        } catch (OpenXML4JException | POIXMLException | InvalidOperationException unreadable) {
            throw refused(fileName, describe(unreadable), unreadable);
        } finally {
            if (!opened) {
                pkg.revert();
            }
        }
    }

    private static void requireSpreadsheet(OPCPackage pkg, String fileName) throws OpenXML4JException {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.isEmpty()) {
            core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        PackagePart main = core.isEmpty() ? null : pkg.getPart(core.getRelationship(0));
        String type = main == null ? "" : main.getContentType();
        if (type.contains("wordprocessingml")) {
            throw refused(
                    fileName,
                    "c'est un document Word (.docx), pas un classeur Excel (.xlsx) exporté de "
                            + "demarches-simplifiees.fr",
                    null);
        }
        if (!WORKBOOK_CONTENT_TYPES.contains(type)) {
            throw refused(
                    fileName,
                    "document Office qui n'est pas un classeur Excel (.xlsx)"
                            + (type.isEmpty() ? "" : " (type «\u00a0" + type + "\u00a0»)"),
                    null);
        }
    }

    /**
     * Parses one sheet's XML with a hardened parser; a handler's {@link SheetXmlHandler.StopSheet} ends it early.
     *
     * @throws InputRefusedException when the XML is malformed or cannot be read, or the handler refuses a cell
     */
    public static void parseSheet(String fileName, String sheetName, InputStream xml, DefaultHandler handler) {
        try {
            XMLReader parser = SecureXml.newReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(xml));
        } catch (SheetXmlHandler.StopSheet ignoredRest) {
            // the handler saw enough of this sheet
        } catch (SAXParseException malformed) {
            throw new InputRefusedException(
                    Location.sheet(fileName, sheetName),
                    "XML de la feuille invalide à la " + "ligne XML " + malformed.getLineNumber() + " ("
                            + explain(malformed) + ")",
                    malformed);
        } catch (SAXException failed) {
            if (failed.getException() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new InputRefusedException(
                    Location.sheet(fileName, sheetName),
                    "XML de la feuille illisible (" + failed.getMessage() + ")",
                    failed);
        } catch (IOException unreadable) {
            throw new InputRefusedException(Location.sheet(fileName, sheetName), describe(unreadable), unreadable);
        }
    }

    private static String explain(SAXParseException malformed) {
        String message = String.valueOf(malformed.getMessage());
        return message.contains("DOCTYPE")
                ? "déclaration DOCTYPE interdite\u00a0: entités XML refusées par sécurité"
                : message;
    }

    /** A French reason for a failure to read the package: a zip bomb named as such, else the cause's message. */
    public static String describe(Exception failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.contains("Zip bomb") || message.contains("max. ratio") || message.contains("exceeded")) {
            return "contenu compressé de façon anormale (bombe zip\u00a0?)\u00a0: fichier refusé par sécurité";
        }
        return "classeur xlsx illisible ou corrompu (" + message + ")";
    }

    private static InputRefusedException refused(String fileName, String reason, Throwable cause) {
        return cause == null
                ? new InputRefusedException(Location.file(fileName), reason)
                : new InputRefusedException(Location.file(fileName), reason, cause);
    }
}
