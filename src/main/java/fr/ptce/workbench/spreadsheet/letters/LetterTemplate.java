package fr.ptce.workbench.spreadsheet.letters;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import fr.ptce.workbench.spreadsheet.xlsx.TempFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * A Word template of letters (.docx), read once and checked: it opens, its fields are well formed, known to its kind
 * of letter, and the required ones are there. A refusal names the template and the field, in French.
 */
public final class LetterTemplate {

    /** A template is a letter: a few pages, perhaps a logo. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final String name;
    private final byte[] bytes;
    private final Set<String> fields;

    private LetterTemplate(String name, byte[] bytes) {
        this.name = name;
        this.bytes = bytes;
        try (XWPFDocument document = open()) {
            Set<String> found = new LinkedHashSet<>();
            for (XWPFParagraph paragraph : DocxFields.paragraphs(document)) {
                String text = paragraph.getText();
                if (DocxFields.hasStrayBraces(text)) {
                    throw refused("un champ est mal écrit dans le paragraphe «\u00a0" + shorten(text)
                            + "\u00a0» (écrivez-le entre doubles accolades, par exemple {{projet}})");
                }
                found.addAll(DocxFields.names(text));
            }
            this.fields = Set.copyOf(found);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputRefusedException refused) {
                throw refused;
            }
            throw refused("ce n'est pas un document Word (.docx) lisible (" + e.getMessage() + ")");
        }
    }

    /** The template PESSII chose, read from its file. */
    public static LetterTemplate read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InputRefusedException(Location.file(name), "le modèle dépasse 20\u00a0Mo");
            }
            return new LetterTemplate(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InputRefusedException(Location.file(name), "le modèle n'existe pas", e);
        } catch (IOException e) {
            throw new InputRefusedException(
                    Location.file(name), "lecture impossible du modèle (" + e.getMessage() + ")", e);
        }
    }

    /** A template bundled with the workbench, {@code letters/<resource>} beside this class. */
    public static LetterTemplate builtIn(String resource) {
        try (InputStream in = LetterTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled template " + resource);
            }
            return new LetterTemplate("modèle par défaut " + resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The template's name in messages: its file name, or « modèle par défaut … ». */
    public String name() {
        return name;
    }

    /** The field names the template uses. */
    public Set<String> fields() {
        return fields;
    }

    /**
     * Checks the fields against those of a kind of letter.
     *
     * @param allowed the names the kind fills
     * @param required the names a letter of the kind cannot do without
     * @throws InputRefusedException naming the template and the first unknown or missing field
     */
    public void check(Set<String> allowed, Set<String> required) {
        for (String field : fields) {
            if (!allowed.contains(field)) {
                throw refused("le champ {{" + field
                        + "}} est inconnu pour ce type de courrier (champs possibles\u00a0: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        for (String field : new TreeSet<>(required)) {
            if (!fields.contains(field)) {
                throw refused("le champ obligatoire {{" + field + "}} manque (sans lui, le courrier ne dirait pas"
                        + " la décision)");
            }
        }
    }

    /** Writes the template as it is to {@code target} (atomically): PESSII's starting point for a template. */
    public void copyTo(Path target) {
        Path temp = TempFiles.beside(target);
        try {
            Files.write(temp, bytes);
            TempFiles.moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw TempFiles.failure(target, e);
        } finally {
            TempFiles.deleteQuietly(temp);
        }
    }

    /** A fresh document of the template, to fill. */
    XWPFDocument open() throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    private InputRefusedException refused(String reason) {
        return new InputRefusedException(Location.file(name), reason);
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > 60 ? oneLine.substring(0, 60) + "\u00a0…" : oneLine;
    }
}
