package fr.ptce.workbench.spreadsheet.ds;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import fr.ptce.workbench.spreadsheet.xlsx.SecureXml;
import fr.ptce.workbench.spreadsheet.xlsx.XlsxPackage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Streams an OpenDocument spreadsheet (.ods) DS export: its {@code content.xml} is parsed once with a hardened SAX
 * parser, sheet by sheet and row by row, through POI's zip reader that refuses zip bombs (the same inflate-ratio and
 * entry-size limits as the xlsx readers). Both the ods DS wrote (rodf: texts, dates as strings) and one re-saved by
 * LibreOffice (typed float, date and boolean cells) are read; see {@link OdsContentHandler}.
 */
final class OdsExportReader {

    static final String SPREADSHEET_MIME = "application/vnd.oasis.opendocument.spreadsheet";

    private final ReadContext context;
    private final String fileName;

    OdsExportReader(ReadContext context) {
        this.context = context;
        this.fileName = context.fileName();
    }

    /** Reads the file; returns what it held, sheet-wise. */
    XlsxExportReader.Result read() {
        try (ZipSecureFile zip = new ZipSecureFile(context.file().toFile())) {
            requireSpreadsheet(zip);
            ZipArchiveEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw refused("il y manque content.xml, la partie qui contient les feuilles\u00a0: fichier "
                        + "OpenDocument incomplet ou corrompu (téléchargez à nouveau l'export)");
            }
            OdsContentHandler handler = new OdsContentHandler(context);
            try (InputStream xml = zip.getInputStream(content)) {
                parse(xml, handler);
            }
            return handler.result();
        } catch (IOException unreadable) {
            throw new InputRefusedException(Location.file(fileName), describe(unreadable), unreadable);
        }
    }

    private void requireSpreadsheet(ZipSecureFile zip) throws IOException {
        ZipArchiveEntry mimetype = zip.getEntry("mimetype");
        if (mimetype == null) {
            return; // optional in OpenDocument; content.xml decides
        }
        String type;
        try (InputStream in = zip.getInputStream(mimetype)) {
            type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
        }
        if (!type.equals(SPREADSHEET_MIME) && !type.equals(SPREADSHEET_MIME + "-template")) {
            throw refused("document OpenDocument qui n'est pas un classeur (type «\u00a0" + type + "\u00a0»)\u00a0: "
                    + "ce n'est pas un export de demarches-simplifiees.fr");
        }
    }

    private void parse(InputStream xml, OdsContentHandler handler) throws IOException {
        try {
            XMLReader parser = SecureXml.newReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(xml));
        } catch (SAXParseException malformed) {
            String message = String.valueOf(malformed.getMessage());
            throw new InputRefusedException(
                    handler.location(),
                    "XML de content.xml invalide à la ligne XML "
                            + malformed.getLineNumber() + " ("
                            + (message.contains("DOCTYPE")
                                    ? "déclaration DOCTYPE interdite\u00a0: entités XML refusées par sécurité"
                                    : message)
                            + ")",
                    malformed);
        } catch (SAXException failed) {
            if (failed.getException() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new InputRefusedException(
                    handler.location(), "XML de content.xml illisible (" + failed.getMessage() + ")", failed);
        } catch (IOException unreadable) {
            // a zip bomb is caught while inflating: name the sheet being read
            throw new InputRefusedException(handler.location(), describe(unreadable), unreadable);
        }
    }

    private static String describe(Exception failure) {
        String described = XlsxPackage.describe(failure);
        return described.replace("classeur xlsx illisible", "classeur ods illisible");
    }

    private InputRefusedException refused(String reason) {
        return new InputRefusedException(Location.file(fileName), reason);
    }

    /** The sheets a content.xml must hold for the file to be a DS export. */
    static void requireDossiers(String fileName, List<String> names) {
        if (!names.contains("Dossiers")) {
            throw new InputRefusedException(
                    Location.file(fileName),
                    "pas de feuille «\u00a0Dossiers\u00a0» (feuilles "
                            + "trouvées\u00a0: " + String.join(", ", names)
                            + ")\u00a0: ce n'est pas un export de dossiers de demarches-simplifiees.fr");
        }
    }
}
