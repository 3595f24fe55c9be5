package fr.ptce.workbench.domain.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The values a letter writes: days, deadlines, amounts, file names, and each kind's fields. */
class LettersTest {

    @Test
    void daysAreWrittenTheFrenchWay() {
        assertEquals("1er juillet 2021", Letters.day(LocalDate.of(2021, 7, 1)));
        assertEquals("26 juillet 2021", Letters.day(LocalDate.of(2021, 7, 26)));
    }

    @Test
    void aMidnightDeadlineIsTheDayBeforeAtMidnight() {
        assertEquals("30 septembre 2021 à minuit", Letters.deadline(LocalDateTime.of(2021, 10, 1, 0, 0)));
        assertEquals(
                "1er octobre 2021, 12\u00a0h\u00a005 exclu", Letters.deadline(LocalDateTime.of(2021, 10, 1, 12, 5)));
    }

    @Test
    void amountsAreGroupedByThousandsWithNonBreakingSpaces() {
        assertEquals("100\u00a0000\u00a0€", Letters.euros(new BigDecimal("100000.00")));
        assertEquals("1\u00a0500\u00a0000\u00a0€", Letters.euros(new BigDecimal("1500000")));
        assertEquals("950,50\u00a0€", Letters.euros(new BigDecimal("950.5")));
    }

    @Test
    void fileNamesAreSafeAndStable() {
        assertEquals(
                "4847721-les-communs-d-ile-de-france-phase1.docx",
                Letters.fileName(LetterKind.PHASE1, "4847721", "Les communs d'Île-de-France !"));
        assertEquals("12-invitation.docx", Letters.fileName(LetterKind.INVITATION, "12", "  "));
        String longName = Letters.fileName(LetterKind.PHASE1, "1", "a".repeat(30) + " " + "b".repeat(30) + "/..");
        assertEquals("1-" + "a".repeat(30) + "-" + "b".repeat(9) + "-phase1.docx", longName);
    }

    @Test
    void everyKindRequiresTheFieldsThatSayWhatItIsForAndAllowsThem() {
        for (LetterKind kind : LetterKind.values()) {
            assertTrue(kind.fields().containsAll(kind.required()), kind.key());
            assertTrue(kind.required().contains(LetterField.DOSSIER), kind.key());
        }
        assertTrue(LetterKind.INVITATION.required().contains(LetterField.DATE_LIMITE_PHASE2));
        assertEquals(
                EnumSet.noneOf(LetterField.class),
                EnumSet.copyOf(LetterKind.PHASE1.fields()).stream()
                        .filter(f -> f.name().endsWith("PHASE2"))
                        .collect(() -> EnumSet.noneOf(LetterField.class), EnumSet::add, EnumSet::addAll),
                "phase 1 letters hold no phase-2 money");
        assertEquals(LetterKind.INVITATION, LetterKind.byKey("invitation").orElseThrow());
    }
}
