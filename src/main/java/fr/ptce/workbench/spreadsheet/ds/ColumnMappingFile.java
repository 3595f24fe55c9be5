package fr.ptce.workbench.spreadsheet.ds;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.LabelFolding;
import fr.ptce.workbench.domain.phase2.Phase2Champ;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads and writes the column-mapping text file of {@code import --mapping FILE}: UTF-8, one line per
 * renamed column, {@code <header in the export> => <champ label or code>}, {@code #} starts a comment.
 * The champ may be named by its DS label, its section code ({@code S1}…{@code S10}) or its code name.
 */
public final class ColumnMappingFile {

    private static final String ARROW = "=>";

    private ColumnMappingFile() {}

    public static fr.ptce.workbench.domain.dossier.ColumnMapping read(Path file) {
        return fr.ptce.workbench.domain.dossier.ColumnMapping.of(
                parse(file, ColumnMappingFile::champ, "indiquez le libellé du champ, ou S1 à S10."));
    }

    /**
     * Reads a phase-2 mapping file ({@code phase2 import --mapping FILE}), same format; the champ is named by its
     * phase-2 label or code name ({@code PHASE1_NUMBER}…).
     */
    public static Map<String, Phase2Champ> readPhase2(Path file) {
        return parse(file, Phase2Champ::of, "indiquez le libellé d'un champ de la démarche de phase\u00a02.");
    }

    private static <C> Map<String, C> parse(Path file, Function<String, Optional<C>> champs, String hint) {
        String name = String.valueOf(file.getFileName());
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputRefusedException(
                    InputRefusedException.Location.file(name),
                    "fichier de correspondance illisible (texte UTF-8 attendu).",
                    e);
        }
        Map<String, C> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int arrow = line.lastIndexOf(ARROW);
            InputRefusedException.Location at = new InputRefusedException.Location(name, null, (long) i + 1, null);
            if (arrow <= 0) {
                throw new InputRefusedException(
                        at,
                        "ligne sans «\u00a0=>\u00a0»\u00a0: attendu «\u00a0en-tête de" + " l'export => champ\u00a0».");
            }
            String header = line.substring(0, arrow).strip();
            String target = line.substring(arrow + ARROW.length()).strip();
            C champ = champs.apply(target)
                    .orElseThrow(() ->
                            new InputRefusedException(at, "champ inconnu «\u00a0" + target + "\u00a0»\u00a0: " + hint));
            entries.put(header, champ);
        }
        return entries;
    }

    /** Writes a mapping in the same format, so that it can be reused on the next import. */
    public static void write(fr.ptce.workbench.domain.dossier.ColumnMapping mapping, Path file) throws IOException {
        StringBuilder text = new StringBuilder("# Correspondance des colonnes\u00a0: en-tête de l'export => champ\n");
        mapping.entries()
                .forEach((header, champ) -> text.append(header)
                        .append(' ')
                        .append(ARROW)
                        .append(' ')
                        .append(champ.label())
                        .append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static Optional<Champ> champ(String target) {
        String folded = LabelFolding.fold(target);
        for (Champ champ : Champ.values()) {
            if (champ.name().equalsIgnoreCase(target)
                    || LabelFolding.fold(champ.label()).equals(folded)) {
                return Optional.of(champ);
            }
        }
        return Optional.empty();
    }
}
