package fr.ptce.workbench.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * A file that cannot be imported at all: its whole content is refused and nothing changes in the store.
 * The message is French and names the file, and the sheet, row and column where they apply.
 */
public final class InputRefusedException extends RuntimeException {

    private final transient Location location;

    public InputRefusedException(Location location, String reason) {
        super(location.describe() + "\u00a0: " + reason);
        this.location = Objects.requireNonNull(location);
    }

    public InputRefusedException(Location location, String reason, Throwable cause) {
        super(location.describe() + "\u00a0: " + reason, cause);
        this.location = Objects.requireNonNull(location);
    }

    public Location location() {
        return location;
    }

    /** Where in an input file a problem was found; sheet, row and column are optional. */
    public record Location(String file, String sheet, Long row, String column) {

        public static Location file(String file) {
            return new Location(file, null, null, null);
        }

        public static Location sheet(String file, String sheet) {
            return new Location(file, sheet, null, null);
        }

        /** A French description such as {@code fichier « a.xlsx », feuille « Dossiers », ligne 3, colonne « ID »}. */
        public String describe() {
            StringBuilder text =
                    new StringBuilder("Fichier «\u00a0").append(file).append("\u00a0»");
            Optional.ofNullable(sheet)
                    .ifPresent(s -> text.append(", feuille «\u00a0").append(s).append("\u00a0»"));
            Optional.ofNullable(row).ifPresent(r -> text.append(", ligne ").append(r));
            Optional.ofNullable(column)
                    .ifPresent(c -> text.append(", colonne «\u00a0").append(c).append("\u00a0»"));
            return text.toString();
        }
    }
}
