package fr.ptce.workbench.application.common;

import java.util.List;
import java.util.Objects;

/**
 * What consolidating one avis workbook did: its status ({@code accepté}, {@code refusé}, {@code déjà importé}),
 * a French message naming the file, the rows stored and the conflicts found.
 */
public record FileOutcome(String file, Status status, String message, int rows, List<String> conflicts) {

    /** What became of the file. */
    public enum Status {
        ACCEPTED("accepté"),
        REFUSED("refusé"),
        ALREADY_IMPORTED("déjà importé");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The French word the command line prints. */
        public String label() {
            return label;
        }
    }

    public FileOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        conflicts = List.copyOf(conflicts);
    }

    /** Whether the file was refused (nothing stored from it). */
    public boolean refused() {
        return status == Status.REFUSED;
    }
}
