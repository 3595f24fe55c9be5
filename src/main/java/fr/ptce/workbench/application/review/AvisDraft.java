package fr.ptce.workbench.application.review;

import fr.ptce.workbench.domain.avis.Recommendation;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The avis as the user wrote it, before validation; {@code consolidatedScores} null means "the mean of the
 * dossier's reviews", and a score changed from that mean needs {@code scoreChangeReason}.
 */
public record AvisDraft(
        String dossierNumber,
        Recommendation recommendation,
        boolean proposedForPhase2,
        String motivation,
        String strengths,
        String attentionPoints,
        Map<String, BigDecimal> consolidatedScores,
        String scoreChangeReason) {}
