package fr.ptce.workbench.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Phase2Rule;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.review.EligibilityCriterion;
import fr.ptce.workbench.domain.review.Targets;
import fr.ptce.workbench.domain.review.Targets.Target;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The labels of the grid, the eligibility criteria and the targets are shortened from the call's words, never
 * reworded: every word of a label appears in the call's text, in the same order.
 */
class CallWordsTest {

    /** The words of a text, lower case, without the punctuation around them. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.FRENCH).split("[\\s\\u00a0]+")) {
            String bare = word.replaceAll("^[(«\\[]+|[)»,;:.\\]…]+$", "");
            if (!bare.isEmpty()) {
                words.add(bare);
            }
        }
        return words;
    }

    /** Whether the label's words are those of the call's text, some left out, none added or moved. */
    private static boolean shortenedFrom(String label, String callText) {
        List<String> call = words(callText);
        int at = 0;
        for (String word : words(label)) {
            while (at < call.size() && !call.get(at).equals(word)) {
                at++;
            }
            if (at == call.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    @Test
    void gridLabelsAreShortenedFromTheCallsSentences() {
        Grid grid = Grids.amiPtce2021();
        for (Criterion c : grid.criteria()) {
            assertTrue(shortenedFrom(c.label(), c.help()), c.code() + ": « " + c.label() + " »");
        }
        assertTrue(
                grid.criterion("V2").orElseThrow().label().endsWith("partenariats développés ou mis en perspective"));
        assertTrue(grid.criterion("V5")
                .orElseThrow()
                .help()
                .contains("diffusion de l'innovation sous toutes ses"
                        + " formes (de produits, de processus, organisationnelle, territoriale,"
                        + " sociale et sociétale)"));
        assertEquals(
                "Crédibilité de la proposition, expériences, compétences et professionnalisme",
                grid.criterion("V1").orElseThrow().help());
        assertTrue(shortenedFrom(
                "partenariats développés ou mis en perspective",
                "des partenariats développés" + " ou mis en perspective"));
        assertFalse(shortenedFrom(
                "analyse du positionnement et des partenariats",
                "Qualité de l'analyse de" + " positionnement stratégique et des partenariats"));
    }

    @Test
    void eligibilityAndTargetLabelsAreShortenedFromTheCallsWords() {
        for (EligibilityCriterion c : EligibilityCriterion.values()) {
            assertTrue(shortenedFrom(c.label(), c.callText()), c.name() + ": « " + c.label() + " »");
        }
        assertTrue(EligibilityCriterion.EL1
                .callText()
                .endsWith("et le cas échéant à des collectivités locales,"
                        + " des centres de recherche et organismes de formation"));
        for (Target t : Target.values()) {
            String letter = t.name().toLowerCase(Locale.ROOT) + ") ";
            assertTrue(t.label().startsWith(letter), t.label());
            assertTrue(shortenedFrom(t.label().substring(letter.length()), t.callText()), t.label());
        }
    }

    @Test
    void targetCIsQpvAndZrrOnly() {
        assertTrue(Target.C.label().contains("quartiers prioritaires de la ville et zones de revitalisation rurale"));
        Avis avis = new Avis(
                "5074121",
                Recommendation.FAVORABLE,
                true,
                "Bon projet",
                null,
                null,
                Map.of(),
                null,
                "Maëlle",
                OffsetDateTime.parse("2021-12-01T10:00:00+01:00"));
        String refusal =
                Phase2Rule.refusal(avis, new Targets(true, false, false)).orElseThrow();
        for (String text : List.of(Target.C.label(), Target.C.callText(), refusal)) {
            assertFalse(text.contains("désindustrialis"), text);
        }
        assertTrue(refusal.contains("quartiers prioritaires de la ville et zones de revitalisation rurale"), refusal);
    }

    @Test
    void theMaturityGuidanceIsTheCallsSentences() {
        assertTrue(Grids.MATURITY_GUIDANCE.contains("les critères de sélection seront entendus au regard de la"
                + " maturité du dossier lors de son dépôt en phase 1 et seront appréhendés de façon proportionnée."));
        assertTrue(Grids.MATURITY_GUIDANCE.contains(
                "même si leur opérationnalité n'est pas acquise lors du dépôt" + " de dossier."));
    }
}
