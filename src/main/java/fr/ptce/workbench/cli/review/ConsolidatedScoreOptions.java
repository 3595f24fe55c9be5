package fr.ptce.workbench.cli.review;

import fr.ptce.workbench.application.common.Consolidation;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.review.ReviewSheet;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.review.Review;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The consolidated scores the {@code avis} command saves: the current ones (the reviews' mean unless already changed
 * with a reason) with the {@code --score} values laid over them.
 */
final class ConsolidatedScoreOptions {

    private ConsolidatedScoreOptions() {}

    /** The scores to save, or null to let the avis follow the reviews' mean. */
    static Map<String, BigDecimal> scores(String dossier, ReviewSheet sheet, Map<String, String> typed) {
        Optional<Avis> avis = sheet.avis().filter(a -> a.scoreChangeReason() != null);
        if (typed.isEmpty() && avis.isEmpty()) {
            return null;
        }
        List<Review> reviews = new ArrayList<>(sheet.others());
        sheet.mine().ifPresent(reviews::add);
        Map<String, BigDecimal> scores = new LinkedHashMap<>(
                avis.map(Avis::consolidatedScores).orElseGet(() -> Consolidation.mean(sheet.grid(), reviews)));
        typed.forEach((code, text) -> {
            String key = code.trim().toUpperCase(Locale.ROOT);
            if (text == null || text.isBlank()) {
                scores.remove(key);
                return;
            }
            try {
                scores.put(key, new BigDecimal(text.trim().replace(',', '.')));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("Dossier n° " + dossier + ", critère " + key
                        + "\u00a0: la note consolidée «\u00a0" + text + "\u00a0» n'est pas un nombre (par exemple 3"
                        + " ou 3,5).");
            }
        });
        return scores;
    }

    /** The reason given, else the one already on the avis. */
    static String reason(ReviewSheet sheet, String given) {
        return given != null ? given : sheet.avis().map(Avis::scoreChangeReason).orElse(null);
    }
}
