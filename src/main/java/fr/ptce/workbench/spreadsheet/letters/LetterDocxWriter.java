package fr.ptce.workbench.spreadsheet.letters;

import fr.ptce.workbench.spreadsheet.xlsx.TempFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Fills a checked template with one dossier's values: a .docx written atomically, or the text of a preview. */
public final class LetterDocxWriter {

    private LetterDocxWriter() {}

    /**
     * Writes the filled template to {@code target}: into a hidden file beside it, then moved into place, so that a
     * letter is whole or absent.
     *
     * @param values the value of each field name; a name without value is left empty
     */
    public static void write(LetterTemplate template, Map<String, String> values, Path target) {
        Path temp = TempFiles.beside(target);
        try {
            try (XWPFDocument document = filled(template, values);
                    OutputStream out = Files.newOutputStream(temp)) {
                document.write(out);
            }
            TempFiles.moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw TempFiles.failure(target, e);
        } finally {
            TempFiles.deleteQuietly(temp);
        }
    }

    /** The text of the filled letter's body, one string per paragraph (a line break within one is {@code \n}). */
    public static List<String> preview(LetterTemplate template, Map<String, String> values) {
        try (XWPFDocument document = filled(template, values)) {
            return DocxFields.bodyParagraphs(document).stream()
                    .map(XWPFParagraph::getText)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFDocument filled(LetterTemplate template, Map<String, String> values) throws IOException {
        XWPFDocument document = template.open();
        for (XWPFParagraph paragraph : DocxFields.paragraphs(document)) {
            DocxFields.fill(paragraph, values);
        }
        return document;
    }
}
