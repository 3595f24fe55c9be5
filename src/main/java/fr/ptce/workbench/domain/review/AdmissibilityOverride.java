package fr.ptce.workbench.domain.review;

import fr.ptce.workbench.domain.dossier.Admissibility;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A reviewer's decision overruling the computed admissibility of a dossier, with its written reason. */
public record AdmissibilityOverride(
        String dossierNumber, Admissibility value, String reason, String author, OffsetDateTime at) {

    public AdmissibilityOverride {
        Objects.requireNonNull(dossierNumber, "dossierNumber");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Le dossier n° " + dossierNumber
                    + "\u00a0: une dérogation à la recevabilité doit être motivée par écrit.");
        }
        reason = reason.strip();
    }
}
