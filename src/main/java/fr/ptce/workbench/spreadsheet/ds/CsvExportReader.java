package fr.ptce.workbench.spreadsheet.ds;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Streams a csv DS export (formats.md §1.6) to the sink as one Dossiers sheet named after the file;
 * refuses any byte sequence that is not UTF-8.
 */
final class CsvExportReader {

    private final ReadContext context;
    private final Path file;
    private final String fileName;

    CsvExportReader(ReadContext context) {
        this.context = context;
        this.file = context.file();
        this.fileName = context.fileName();
    }

    void read() {
        SheetRowRouter router = new SheetRowRouter(
                context,
                fileName,
                DsSheetKind.DOSSIERS,
                "Lecture des dossiers du fichier «\u00a0" + fileName + "\u00a0»…");
        CsvRecordParser parser = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            skipUtf8ByteOrderMark(in);
            parser = new CsvRecordParser(new StrictUtf8Reader(in));
            long rowNumber = 0;
            for (List<String> record = parser.next(); record != null; record = parser.next()) {
                rowNumber++;
                router.row(rowNumber, record);
            }
        } catch (CharacterCodingException notUtf8) {
            throw new InputRefusedException(
                    new Location(fileName, null, parser == null ? 1 : parser.line(), null),
                    "le fichier n'est pas encodé en UTF-8, l'encodage des exports csv de demarches-simplifiees.fr "
                            + "(il a sans doute été réenregistré par un tableur en Windows-1252 / ISO-8859-1)\u00a0: "
                            + "téléchargez à nouveau l'export ou enregistrez-le en «\u00a0CSV UTF-8\u00a0»",
                    notUtf8);
        } catch (CsvRecordParser.CsvSyntaxException malformed) {
            throw new InputRefusedException(
                    new Location(fileName, null, malformed.line(), router.columnName(malformed.field())),
                    malformed.getMessage(),
                    malformed);
        } catch (IOException unreadable) {
            throw new InputRefusedException(
                    Location.file(fileName), "lecture impossible (" + unreadable.getMessage() + ")", unreadable);
        }
        if (!router.hasHeader()) {
            throw new InputRefusedException(
                    Location.file(fileName),
                    "aucune ligne d'en-tête\u00a0: ce n'est pas un export de dossiers de demarches-simplifiees.fr");
        }
        router.finish();
    }

    private static void skipUtf8ByteOrderMark(InputStream in) throws IOException {
        // DS writes no BOM, but a spreadsheet saving as "CSV UTF-8" adds one
        in.mark(3);
        byte[] head = in.readNBytes(3);
        boolean bom =
                head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            in.reset();
        }
    }
}
