package fr.ptce.workbench.domain.phase2;

import static fr.ptce.workbench.domain.phase2.Phase2Fixtures.complete;
import static fr.ptce.workbench.domain.phase2.Phase2Fixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Phase2CheckerTest {

    private static final List<BudgetLine> BUDGET = List.of(
            line(BudgetPost.ANIMATION, BudgetYear.YEAR_1, "30000"),
            line(BudgetPost.ANIMATION, BudgetYear.YEAR_2, "30000"),
            line(BudgetPost.ECONOMIC_MODEL, BudgetYear.YEAR_1, "20000"),
            line(BudgetPost.OTHER, BudgetYear.YEAR_2, "20000"),
            line(BudgetPost.ANIMATION, BudgetYear.YEAR_3, "40000"));

    @Test
    void aCompleteDossierWithinTheEnvelopeHasNoFlag() {
        Phase2Checks checks = Phase2Checker.check(complete(BUDGET));

        assertEquals(Boolean.TRUE, checks.onTime());
        assertEquals(List.of(), checks.missing());
        assertEquals(List.of(), checks.overLimit());
        assertEquals(new BigDecimal("50000.00"), checks.stateAmountByYear().get(1));
        assertEquals(new BigDecimal("50000.00"), checks.stateAmountByYear().get(2));
        assertEquals(new BigDecimal("40000.00"), checks.stateAmountByYear().get(3));
        assertEquals(new BigDecimal("100000.00"), checks.twoYearStateAmount());
        assertFalse(checks.overEnvelope(), "exactly 100,000 € over two years is within the envelope");
        assertEquals(new BigDecimal("0.6000"), checks.animationShare(), "60,000 of 100,000: year 3 left out");
        assertEquals(List.of(), checks.depreciableAssets());
    }

    @Test
    void oneEuroMoreOverYearsOneAndTwoIsOverTheEnvelope() {
        List<BudgetLine> budget = new java.util.ArrayList<>(BUDGET);
        budget.add(line(BudgetPost.OTHER, BudgetYear.YEAR_2, "0.01"));

        assertTrue(Phase2Checker.check(complete(budget)).overEnvelope());
    }

    @Test
    void theDeadlineIsMidnightParisTimeAtTheEndOfThirtiethSeptember() {
        Phase2Dossier lastSecond = complete(BUDGET);
        Phase2Dossier atMidnight = withDeposit(lastSecond, OffsetDateTime.parse("2021-10-01T00:00:00+02:00"));
        Phase2Dossier utcBeforeMidnight = withDeposit(lastSecond, OffsetDateTime.parse("2021-09-30T22:30:00Z"));

        assertEquals(Boolean.TRUE, Phase2Checker.check(lastSecond).onTime());
        assertEquals(Boolean.FALSE, Phase2Checker.check(atMidnight).onTime());
        assertEquals(Boolean.FALSE, Phase2Checker.check(utcBeforeMidnight).onTime(), "00:30 in Paris");
        assertNull(Phase2Checker.check(withDeposit(lastSecond, null)).onTime(), "unknown, never guessed");
    }

    @Test
    void depreciableAssetsAreFlaggedWithTheirAmounts() {
        List<BudgetLine> budget = List.of(
                line(BudgetPost.ANIMATION, BudgetYear.YEAR_1, "40000"),
                line(BudgetPost.DEPRECIABLE_ASSETS, BudgetYear.YEAR_1, "8000"),
                line(BudgetPost.DEPRECIABLE_ASSETS, BudgetYear.YEAR_2, "2500.50"));

        Phase2Checks checks = Phase2Checker.check(complete(budget));

        assertEquals(2, checks.depreciableAssets().size());
        assertEquals(new BigDecimal("10500.50"), checks.depreciableAmount());
    }

    @Test
    void completenessAsksTheJustificationOnlyWhenAThirdYearIsRequested() {
        Phase2Dossier dossier = complete(BUDGET);
        Phase2Dossier thirdYear = new Phase2Dossier(
                dossier.number(),
                null,
                dossier.projectName(),
                dossier.siret(),
                dossier.texts(),
                true,
                null,
                false,
                null,
                null,
                dossier.depositedAt(),
                List.of(),
                true);

        assertEquals(
                List.of(
                        Phase2Champ.PHASE1_NUMBER,
                        Phase2Champ.BUDGET,
                        Phase2Champ.THIRD_YEAR_JUSTIFICATION,
                        Phase2Champ.PARTNER_LETTERS,
                        Phase2Champ.ATTESTATION),
                Phase2Checker.check(thirdYear).missing());
        assertTrue(Phase2Checker.check(thirdYear).stateAmountByYear().get(1).signum() == 0);
        assertNull(Phase2Checker.check(thirdYear).animationShare(), "nothing asked: no share");
    }

    @Test
    void aCsvExportLeavesTheBudgetUnknownNotMissing() {
        Phase2Dossier csv = complete(List.of()).withBudget(List.of(), false);

        Phase2Checks checks = Phase2Checker.check(csv);

        assertFalse(checks.missing().contains(Phase2Champ.BUDGET));
        assertTrue(checks.stateAmountByYear().isEmpty());
        assertNull(checks.twoYearStateAmount());
    }

    @Test
    void eachTextareaIsCheckedAgainstItsOwnLimit() {
        Phase2Dossier dossier = complete(BUDGET);
        Map<Phase2Champ, String> texts = new EnumMap<>(dossier.texts());
        texts.put(Phase2Champ.INDICATORS, "x".repeat(1_501));
        texts.put(Phase2Champ.ANIMATION, "é".repeat(3_000));
        Phase2Dossier long1 = new Phase2Dossier(
                dossier.number(),
                dossier.phase1Number(),
                dossier.projectName(),
                dossier.siret(),
                texts,
                dossier.thirdYearRequested(),
                dossier.partnerLetters(),
                dossier.attestation(),
                null,
                null,
                dossier.depositedAt(),
                dossier.budget(),
                true);

        assertEquals(List.of(Phase2Champ.INDICATORS), Phase2Checker.check(long1).overLimit());
    }

    private static Phase2Dossier withDeposit(Phase2Dossier d, OffsetDateTime at) {
        return new Phase2Dossier(
                d.number(),
                d.phase1Number(),
                d.projectName(),
                d.siret(),
                d.texts(),
                d.thirdYearRequested(),
                d.partnerLetters(),
                d.attestation(),
                d.state(),
                d.email(),
                at,
                d.budget(),
                d.budgetKnown());
    }
}
