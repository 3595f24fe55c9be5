package fr.ptce.workbench.domain.phase2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.national.CabinetDecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The envelope counters: n of 15, n × 100,000 € against 1,500,000 €, per year, red when over, third year apart. */
class EnvelopeTest {

    private static Envelope.Line laureate(String number, int year1, int year2) {
        return new Envelope.Line(
                new Phase2Decision(number, true, null, null, null, null),
                BigDecimal.valueOf(year1),
                BigDecimal.valueOf(year2));
    }

    @Test
    void countsTheProposedLaureatesAndSplitsTheirGrantsPerYear() {
        Envelope envelope = Envelope.of(
                List.of(
                        laureate("1", 48_500, 51_500),
                        laureate("2", 60_500, 63_500),
                        new Envelope.Line(
                                new Phase2Decision("3", false, "Projet trop peu mûr.", null, null, null),
                                BigDecimal.valueOf(50_000),
                                BigDecimal.valueOf(50_000))),
                Campaign.DEFAULT);

        assertEquals(2, envelope.proposed());
        assertEquals(15, envelope.target());
        assertEquals(new BigDecimal("200000"), envelope.committed());
        assertEquals(new BigDecimal("1500000"), envelope.envelope());
        assertEquals(new BigDecimal("97290"), envelope.year1(), "48,500 + 48,790 (60.5 / 124 of 100,000)");
        assertEquals(new BigDecimal("102710"), envelope.year2());
        assertEquals(envelope.committed(), envelope.year1().add(envelope.year2()), "the split adds up");
        assertFalse(envelope.over());
        assertEquals(new BigDecimal("1300000"), envelope.remaining());
        assertEquals(
                "Enveloppe\u00a0: 200\u00a0000\u00a0€ sur 1\u00a0500\u00a0000\u00a0€ (année\u00a01\u00a0:"
                        + " 97\u00a0290\u00a0€, année\u00a02\u00a0: 102\u00a0710\u00a0€)",
                envelope.describeEnvelope());
    }

    @Test
    void sixteenLaureatesAreOverInNumberAndInEuros() {
        List<Envelope.Line> lines = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            lines.add(laureate(Integer.toString(i), 50_000, 50_000));
        }

        Envelope envelope = Envelope.of(lines, Campaign.DEFAULT);

        assertTrue(envelope.overCount());
        assertTrue(envelope.overAmount());
        assertTrue(envelope.over());
        assertEquals(new BigDecimal("-100000"), envelope.remaining());
        assertTrue(
                envelope.describeLaureates().endsWith("16 proposés sur 15, 0 décidé par le cabinet — DÉPASSÉ"),
                envelope.describeLaureates());
        assertTrue(envelope.describeEnvelope().endsWith("— DÉPASSÉE"), envelope.describeEnvelope());
    }

    @Test
    void fifteenLaureatesFillTheEnvelopeWithoutGoingOver() {
        List<Envelope.Line> lines = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            lines.add(laureate(Integer.toString(i), 50_000, 50_000));
        }

        Envelope envelope = Envelope.of(lines, Campaign.DEFAULT);

        assertFalse(envelope.over());
        assertEquals(0, envelope.remaining().signum());
    }

    @Test
    void theThirdYearIsCountedApartAndTheCabinetsDecisionsCounted() {
        CabinetDecision cabinet = new CabinetDecision(true, false, "Cabinet du ministre", LocalDate.of(2021, 11, 15));
        Envelope envelope = Envelope.of(
                List.of(
                        new Envelope.Line(
                                new Phase2Decision("1", true, null, true, new BigDecimal("40000"), cabinet),
                                BigDecimal.valueOf(50_000),
                                BigDecimal.valueOf(50_000)),
                        new Envelope.Line(
                                new Phase2Decision("2", true, null, false, null, null),
                                BigDecimal.valueOf(50_000),
                                BigDecimal.valueOf(50_000))),
                Campaign.DEFAULT);

        assertEquals(1, envelope.decided());
        assertEquals(1, envelope.thirdYears());
        assertEquals(new BigDecimal("40000"), envelope.thirdYearAmount());
        assertEquals(new BigDecimal("200000"), envelope.committed(), "the third year is outside the envelope");
        assertEquals(
                "Troisième année (hors enveloppe)\u00a0: 1 accordée, 40\u00a0000\u00a0€", envelope.describeThirdYear());
    }

    @Test
    void aGrantSplitsByTheAskedAmountsOrHalfAndHalf() {
        BigDecimal grant = BigDecimal.valueOf(100_000);
        assertEquals(
                new GrantSplit(new BigDecimal("48500"), new BigDecimal("51500")),
                GrantSplit.of(grant, new BigDecimal("48500.00"), new BigDecimal("51500.00")));
        assertEquals(
                new GrantSplit(new BigDecimal("50000"), new BigDecimal("50000")), GrantSplit.of(grant, null, null));
        GrantSplit third = GrantSplit.of(grant, BigDecimal.ONE, BigDecimal.valueOf(2));
        assertEquals(new BigDecimal("33333"), third.year1());
        assertEquals(grant, third.total(), "year 2 takes the rounding");
    }

    @Test
    void theRankingPutsScoresFirstThenTheUnscored() {
        List<Phase2Ranking.Place> places = Phase2Ranking.rank(
                List.of("9", "10", "11", "12"),
                java.util.Map.of("9", new BigDecimal("14"), "10", new BigDecimal("17.5"), "12", new BigDecimal("14")));

        assertEquals(
                List.of("10", "9", "12", "11"),
                places.stream().map(Phase2Ranking.Place::number).toList());
        assertEquals(
                List.of(1, 2, 3, 0),
                places.stream().map(Phase2Ranking.Place::rank).toList());
    }

    @Test
    void aDecisionNoLongerLaureateLosesItsThirdYearAndAwaitsTheCabinet() {
        CabinetDecision cabinet = new CabinetDecision(true, false, "Cabinet du ministre", LocalDate.of(2021, 11, 15));
        Phase2Decision decided = new Phase2Decision("1", true, "Bon dossier", true, new BigDecimal("30000"), cabinet);
        assertFalse(decided.awaitsDecision());

        Phase2Decision withdrawn = decided.withLaureate(false, null);

        assertEquals(null, withdrawn.thirdYear());
        assertEquals(null, withdrawn.thirdYearAmount());
        assertEquals("Bon dossier", withdrawn.motivation(), "kept when none is given");
        assertTrue(withdrawn.awaitsDecision());
        assertEquals(null, decided.withThirdYear(false, new BigDecimal("5")).thirdYearAmount());
    }
}
