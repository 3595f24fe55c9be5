package fr.ptce.workbench.application;

import java.util.List;
import java.util.Objects;

/**
 * What consolidating one avis workbook did: its status ({@code accepté}, {@code refusé}, {@code déjà importé}),
 * a French message naming the file, the rows stored and the conflicts found.
 */
public record FileOutcome(String file, String status, String message, int rows, List<String> conflicts) {

    public static final String ACCEPTED = "accepté";
    public static final String REFUSED = "refusé";
    public static final String ALREADY_IMPORTED = "déjà importé";

    public FileOutcome {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        conflicts = List.copyOf(conflicts);
    }

    /** Whether the file was refused (nothing stored from it). */
    public boolean refused() {
        return REFUSED.equals(status);
    }
}
