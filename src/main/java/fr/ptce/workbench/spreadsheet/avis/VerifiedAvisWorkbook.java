package fr.ptce.workbench.spreadsheet.avis;

import java.util.Objects;
import java.util.Optional;

/**
 * An avis workbook verified, and read when it is intact.
 *
 * @param verification the verdict of {@link AvisWorkbookVerifier}
 * @param workbook what the workbook holds; present only when it is intact
 */
public record VerifiedAvisWorkbook(AvisVerification verification, Optional<ReadAvisWorkbook> workbook) {

    public VerifiedAvisWorkbook {
        Objects.requireNonNull(verification, "verification");
        Objects.requireNonNull(workbook, "workbook");
    }
}
