package fr.ptce.workbench.domain.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.national.CabinetDecision;
import fr.ptce.workbench.domain.phase2.GrantSplit;
import fr.ptce.workbench.domain.phase2.Phase2Decision;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The phase-2 letter: laureate with the amount and its two-year split, or not retained; recorded decisions only. */
class Phase2LettersTest {

    private static final CabinetDecision LAUREATE =
            new CabinetDecision(true, false, "Cabinet du ministre", LocalDate.of(2021, 11, 15));
    private static final Phase2Dossier DOSSIER = new Phase2Dossier(
            "6100000",
            "4800068",
            "Campus de l'économie circulaire",
            "17690119181468",
            Map.of(),
            false,
            null,
            true,
            null,
            "porteur@example.org",
            null,
            List.of(),
            true);
    private static final GrantSplit SPLIT = new GrantSplit(new BigDecimal("48500"), new BigDecimal("51500"));

    private static Letter letter(CabinetDecision decided) {
        return Letters.phase2(
                DOSSIER,
                new Phase2Decision(
                        "6100000", decided != null && decided.laureate(), "Animation solide.", null, null, decided),
                SPLIT,
                "CAE Coopérer",
                "Grand Est",
                new Recipient("Céline Dubois", "celine@example.org"),
                Campaign.DEFAULT,
                LocalDate.of(2021, 11, 20));
    }

    @Test
    void aLaureateLetterGivesTheAmountAndItsSplitOverTwoYears() {
        Letter letter = letter(LAUREATE);

        assertTrue(letter.accepted());
        assertEquals("accepté", letter.dsState());
        assertEquals("6100000-campus-de-l-economie-circulaire-phase2.docx", letter.fileName());
        assertEquals("4800068", letter.value(LetterField.DOSSIER_PHASE1));
        assertEquals("100\u00a0000\u00a0€", letter.value(LetterField.MONTANT_PHASE2));
        assertEquals("48\u00a0500\u00a0€", letter.value(LetterField.MONTANT_ANNEE1));
        assertEquals("51\u00a0500\u00a0€", letter.value(LetterField.MONTANT_ANNEE2));
        assertEquals("15 novembre 2021", letter.value(LetterField.DATE_DECISION));
        assertTrue(letter.value(LetterField.SUITE).contains("48\u00a0500\u00a0€ pour l'année\u00a01"));
        assertEquals("Animation solide.", letter.value(LetterField.MOTIVATION));
        assertEquals("AMI PTCE émergents — décision de la phase\u00a02 — dossier n°\u00a06100000", letter.subject());
        assertTrue(letter.values().keySet().stream().allMatch(LetterKind.PHASE2.fields()::contains));
    }

    @Test
    void aLetterNotRetainedHasNoAmountAndAProposalHasNoLetter() {
        Letter letter = letter(new CabinetDecision(false, false, "Cabinet du ministre", LocalDate.of(2021, 11, 15)));

        assertFalse(letter.accepted());
        assertEquals("—", letter.value(LetterField.MONTANT_PHASE2));
        assertTrue(letter.value(LetterField.DECISION)
                .contains("n'a pas été retenu parmi les lauréats de la phase\u00a02"));
        assertThrows(IllegalArgumentException.class, () -> letter(null), "a mere proposal gets no letter");
        assertFalse(LetterKind.PHASE1.answers(
                new fr.ptce.workbench.domain.national.NationalDecision("1", true, false, null, null, null)));
    }
}
