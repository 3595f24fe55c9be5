package fr.ptce.workbench.application.review;

import fr.ptce.workbench.domain.avis.Recommendation;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The avis as the user wrote it, before validation; {@code consolidatedScores} null means "the mean of the
 * dossier's reviews", and a score changed from that mean needs {@code scoreChangeReason}. {@code baseVersion} is the
 * version of the stored avis the user started from (0: none), so that a save over someone else's newer change is
 * refused ({@link ConcurrentAvisChangeException}); {@link #ANY_VERSION} saves over it.
 */
public record AvisDraft(
        String dossierNumber,
        Recommendation recommendation,
        boolean proposedForPhase2,
        String motivation,
        String strengths,
        String attentionPoints,
        Map<String, BigDecimal> consolidatedScores,
        String scoreChangeReason,
        long baseVersion) {

    /** No version check: the avis saved over the stored one whatever its version (the command line's {@code avis}). */
    public static final long ANY_VERSION = -1;

    /** A draft saved over the stored avis whatever its version. */
    public AvisDraft(
            String dossierNumber,
            Recommendation recommendation,
            boolean proposedForPhase2,
            String motivation,
            String strengths,
            String attentionPoints,
            Map<String, BigDecimal> consolidatedScores,
            String scoreChangeReason) {
        this(
                dossierNumber,
                recommendation,
                proposedForPhase2,
                motivation,
                strengths,
                attentionPoints,
                consolidatedScores,
                scoreChangeReason,
                ANY_VERSION);
    }
}
