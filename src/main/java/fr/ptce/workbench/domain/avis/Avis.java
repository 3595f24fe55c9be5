package fr.ptce.workbench.domain.avis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The region's avis on one dossier: recommendation, phase-2 proposal, motivation, strengths, points of attention,
 * the consolidated score per criterion code (with the reason when changed from the reviews), author and time, and the
 * stored row's version (0: not stored yet), which a save over a newer change is refused by.
 */
public record Avis(
        String dossierNumber,
        Recommendation recommendation,
        boolean proposedForPhase2,
        String motivation,
        String strengths,
        String attentionPoints,
        Map<String, BigDecimal> consolidatedScores,
        String scoreChangeReason,
        String author,
        OffsetDateTime at,
        long version) {

    /** An avis not stored yet (version 0). */
    public Avis(
            String dossierNumber,
            Recommendation recommendation,
            boolean proposedForPhase2,
            String motivation,
            String strengths,
            String attentionPoints,
            Map<String, BigDecimal> consolidatedScores,
            String scoreChangeReason,
            String author,
            OffsetDateTime at) {
        this(
                dossierNumber,
                recommendation,
                proposedForPhase2,
                motivation,
                strengths,
                attentionPoints,
                consolidatedScores,
                scoreChangeReason,
                author,
                at,
                0);
    }

    public Avis {
        Objects.requireNonNull(dossierNumber, "dossierNumber");
        Objects.requireNonNull(recommendation, "recommendation");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        motivation = motivation == null ? "" : motivation;
        strengths = blankToNull(strengths);
        attentionPoints = blankToNull(attentionPoints);
        scoreChangeReason = blankToNull(scoreChangeReason);
        consolidatedScores = Collections.unmodifiableMap(
                new LinkedHashMap<>(consolidatedScores == null ? Map.of() : consolidatedScores));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
