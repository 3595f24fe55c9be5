package fr.ptce.workbench.domain.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.grid.Grids;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NationalRankingTest {

    private static final LocalDateTime JUNE = LocalDateTime.of(2021, 6, 1, 10, 0);
    private static final List<String> WAVES = List.of("Vague 1", "Au fil de l'eau");

    /** A row with a total, block subtotals V/O/E, a deposit time and targets b/c. */
    static RegionalAvisRow row(
            String number, String total, String v, String o, String e, LocalDateTime deposit, Boolean b, Boolean c) {
        return row(number, total, v, o, e, deposit, b, c, "recevable", "Vague 1", 5);
    }

    /** A row with its admissibility, wave and eligibility as the region's avis workbook gives them. */
    static RegionalAvisRow row(
            String number,
            String total,
            String v,
            String o,
            String e,
            LocalDateTime deposit,
            Boolean b,
            Boolean c,
            String admissibility,
            String wave,
            Integer eligibilityMet) {
        return new RegionalAvisRow(
                number,
                "Projet " + number,
                "Structure " + number,
                "Association",
                "Bretagne",
                deposit,
                admissibility,
                wave,
                eligibilityMet,
                "émergent",
                b,
                c,
                null,
                null,
                null,
                null,
                Map.of(),
                Map.of("V", new BigDecimal(v), "O", new BigDecimal(o), "E", new BigDecimal(e)),
                total == null ? null : new BigDecimal(total),
                2,
                null,
                "favorable",
                true,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    private static List<String> ranked(RankingOrder order, RegionalAvisRow... rows) {
        List<NationalDossier> dossiers = new ArrayList<>();
        for (RegionalAvisRow r : rows) {
            dossiers.add(new NationalDossier(r, "Bretagne", "avis.xlsx", false));
        }
        return NationalRanking.rank(dossiers, order, Map.of(), WAVES, List.of()).stream()
                .map(d -> d.rank() + ":" + d.row().dossierNumber())
                .toList();
    }

    @Test
    void ranksByTotalThenBlockVThenOThenEThenEarlierDeposit() {
        RegionalAvisRow best = row("1", "80", "40", "20", "20", JUNE, true, null);
        RegionalAvisRow higherV = row("2", "70", "40", "15", "15", JUNE, true, null);
        RegionalAvisRow higherO = row("3", "70", "35", "20", "15", JUNE, true, null);
        RegionalAvisRow higherE = row("4", "70", "35", "15", "20", JUNE, true, null);
        RegionalAvisRow earlier = row("5", "70", "35", "15", "20", JUNE.minusDays(1), true, null);
        RegionalAvisRow noDeposit = row("6", "70", "35", "15", "20", null, true, null);
        RegionalAvisRow unscored = row("7", null, "0", "0", "0", JUNE, true, null);

        assertEquals(
                List.of("1:1", "2:2", "3:3", "4:5", "5:4", "6:6", "7:7"),
                ranked(RankingOrder.DEFAULT, unscored, noDeposit, higherE, earlier, higherO, higherV, best));
    }

    @Test
    void theTieBreakOrderIsEditable() {
        RegionalAvisRow higherV = row("2", "70", "40", "15", "15", JUNE, true, null);
        RegionalAvisRow higherO = row("3", "70", "35", "20", "15", JUNE.minusDays(3), true, null);
        RegionalAvisRow earliest = row("4", "70", "30", "15", "25", JUNE.minusDays(9), true, null);

        assertEquals(List.of("1:3", "2:2", "3:4"), ranked(RankingOrder.parse("O, V"), higherV, higherO, earliest));
        assertEquals(List.of("1:4", "2:3", "3:2"), ranked(RankingOrder.parse("dépôt"), higherV, higherO, earliest));
        assertEquals("V, O, E, dépôt", RankingOrder.DEFAULT.toString());
        assertEquals(RankingOrder.DEFAULT, RankingOrder.parse(" v,o , e,depot"));
    }

    @Test
    void anUnknownOrRepeatedKeyIsRefusedInFrench() {
        IllegalArgumentException unknown =
                assertThrows(IllegalArgumentException.class, () -> RankingOrder.parse("V, 12"));
        assertEquals(
                "critère de départage «\u00a012\u00a0» inconnu\u00a0: un code de bloc (V, O, E) ou"
                        + " «\u00a0dépôt\u00a0»",
                unknown.getMessage());
        assertEquals(
                "critère de départage «\u00a0V\u00a0» répété",
                assertThrows(IllegalArgumentException.class, () -> RankingOrder.parse("V, O, V"))
                        .getMessage());
    }

    /** The row with consolidated scores on the given criterion codes (4 each). */
    private static RegionalAvisRow scoredOn(RegionalAvisRow row, List<String> codes) {
        Map<String, BigDecimal> scores = new java.util.LinkedHashMap<>();
        codes.forEach(code -> scores.put(code, new BigDecimal("4")));
        return new RegionalAvisRow(
                row.dossierNumber(),
                row.project(),
                row.structure(),
                row.legalForm(),
                row.region(),
                row.depositedAt(),
                row.admissibility(),
                row.wave(),
                row.eligibilityMet(),
                row.maturity(),
                row.targetB(),
                row.targetC(),
                row.qpvDeclared(),
                row.qpvDetected(),
                row.zrrDeclared(),
                row.zrrDetected(),
                scores,
                row.subtotals(),
                row.total(),
                row.reviewCount(),
                row.spread(),
                row.recommendation(),
                row.proposedForPhase2(),
                row.motivation(),
                row.strengths(),
                row.attentionPoints(),
                row.correspondent(),
                row.avisDate(),
                row.reviews());
    }

    @Test
    void aPartialTotalIsRankedApartAfterTheCompleteOnesOfItsWaveAndFlagged() {
        List<String> grid = Grids.amiPtce2021().codes();
        RegionalAvisRow complete = scoredOn(row("1", "50", "25", "15", "10", JUNE, true, null), grid);
        RegionalAvisRow completeLower = scoredOn(row("2", "40", "20", "10", "10", JUNE, true, null), grid);
        RegionalAvisRow oneCriterion = scoredOn(row("3", "90", "40", "25", "25", JUNE, true, null), List.of("V1"));
        RegionalAvisRow nineCriteria = scoredOn(row("4", "60", "30", "15", "15", JUNE, true, null), grid.subList(0, 9));
        RegionalAvisRow lateComplete = scoredOn(
                row("5", "30", "15", "10", "5", JUNE.plusMonths(1), true, null, "hors délai", "Au fil de l'eau", 6),
                grid);
        RegionalAvisRow latePartial = scoredOn(
                row("6", "95", "45", "25", "25", JUNE.plusMonths(1), true, null, "hors délai", "Au fil de l'eau", 6),
                List.of("V1", "V2"));
        List<NationalDossier> dossiers = new ArrayList<>();
        for (RegionalAvisRow r :
                List.of(oneCriterion, latePartial, nineCriteria, complete, lateComplete, completeLower)) {
            dossiers.add(new NationalDossier(r, "Bretagne", "avis.xlsx", false));
        }

        List<RankedDossier> ranked = NationalRanking.rank(dossiers, RankingOrder.DEFAULT, Map.of(), WAVES, grid);

        assertEquals(
                List.of(
                        "Vague 1 1:1 10/10",
                        "Vague 1 2:2 10/10",
                        "Vague 1 3:3 1/10",
                        "Vague 1 4:4 9/10",
                        "Au fil de l'eau 1:5 10/10",
                        "Au fil de l'eau 2:6 2/10"),
                ranked.stream()
                        .map(d -> d.row().wave() + " " + d.rank() + ":"
                                + d.row().dossierNumber() + " " + d.scoredCriteria() + "/" + d.criteria())
                        .toList());
        assertEquals(
                List.of(true, true, false, false, true, false),
                ranked.stream().map(RankedDossier::complete).toList());
        assertEquals(1, oneCriterion.scoredCriteria(grid));
        assertFalse(oneCriterion.completeOn(grid));
        assertTrue(complete.completeOn(grid));
    }

    @Test
    void decisionsAreAttachedByDossierNumber() {
        RegionalAvisRow a = row("1", "80", "40", "20", "20", JUNE, true, null);
        List<RankedDossier> ranked = NationalRanking.rank(
                List.of(new NationalDossier(a, "Bretagne", "f", false)),
                RankingOrder.DEFAULT,
                Map.of("1", NationalDecision.none("1").withLaureate(true, null)),
                WAVES,
                List.of());
        assertTrue(ranked.get(0).decision().laureate());
        assertFalse(ranked.get(0).decision().invited());
    }

    @Test
    void dossiersAreRankedWithinTheirWaveInTheCampaignsOrder() {
        RegionalAvisRow late =
                row("1", "90", "40", "25", "25", JUNE.plusMonths(1), true, null, "hors délai", "Au fil de l'eau", 6);
        RegionalAvisRow first = row("2", "60", "30", "15", "15", JUNE, true, null);
        RegionalAvisRow second = row("3", "50", "30", "10", "10", JUNE, true, null);
        List<NationalDossier> dossiers = new ArrayList<>();
        for (RegionalAvisRow r : List.of(late, first, second)) {
            dossiers.add(new NationalDossier(r, "Bretagne", "avis.xlsx", false));
        }
        assertEquals(
                List.of("Vague 1 1:2", "Vague 1 2:3", "Au fil de l'eau 1:1"),
                NationalRanking.rank(dossiers, RankingOrder.DEFAULT, Map.of(), WAVES, List.of()).stream()
                        .map(d ->
                                d.row().wave() + " " + d.rank() + ":" + d.row().dossierNumber())
                        .toList());
    }

    @Test
    void countersCountProposalsAndTheCabinetsDecisionsWithoutAnyEuro() {
        List<NationalDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            NationalDecision d = NationalDecision.none(String.valueOf(i)).withLaureate(i < 15, null);
            decisions.add(i < 14 ? d.withInvited(true, null) : d);
        }
        ShortlistCounters within = Shortlist.counters(decisions, Campaign.DEFAULT);
        assertEquals(14, within.proposedInvited());
        assertFalse(within.invitedWithinTarget());
        assertEquals(
                "Lauréats de la phase\u00a01\u00a0: 15 proposés, 0 décidé par le cabinet", within.describeLaureates());
        assertEquals(
                "Invités en phase\u00a02\u00a0: 14 proposés (objectif 15 à 20), 0 décidé par le cabinet",
                within.describeInvited());
        assertFalse(within.describeLaureates().contains("€"));

        decisions.set(
                14,
                decisions
                        .get(14)
                        .withInvited(true, null)
                        .decidedBy(new CabinetDecision(true, true, "Cabinet du ministre", JUNE.toLocalDate())));
        ShortlistCounters after = Shortlist.counters(decisions, Campaign.DEFAULT);
        assertEquals(15, after.proposedInvited());
        assertTrue(after.invitedWithinTarget());
        assertEquals(1, after.decidedLaureates());
        assertEquals(1, after.decidedInvited());
    }

    @Test
    void aGridOfOtherWeightsOrScaleOrIdIsNotCompatible() {
        var grid = Grids.amiPtce2021();
        List<GridSheet.Line> lines = new ArrayList<>(grid.criteria().stream()
                .map(c -> new GridSheet.Line(
                        grid.id(),
                        grid.version(),
                        c.blockCode(),
                        c.code(),
                        grid.scale().min(),
                        grid.scale().max(),
                        grid.scale().step(),
                        c.weight()))
                .toList());
        String version = String.valueOf(grid.version());
        assertEquals(Optional.empty(), GridCompatibility.problem(grid.id(), version, new GridSheet(lines), grid));

        assertTrue(GridCompatibility.problem("autre-grille", version, new GridSheet(lines), grid)
                .isPresent());
        assertTrue(GridCompatibility.problem(grid.id(), "7", new GridSheet(lines), grid)
                .orElseThrow()
                .startsWith("la grille des métadonnées"));
        GridSheet.Line first = lines.get(0);
        lines.set(
                0,
                new GridSheet.Line(
                        first.gridId(),
                        first.version(),
                        first.block(),
                        first.code(),
                        first.min(),
                        first.max(),
                        first.step(),
                        first.weight().add(BigDecimal.ONE)));
        assertTrue(GridCompatibility.problem(grid.id(), version, new GridSheet(lines), grid)
                .orElseThrow()
                .contains("critères ou poids différents"));
        lines.set(
                0,
                new GridSheet.Line(
                        first.gridId(),
                        first.version(),
                        first.block(),
                        first.code(),
                        first.min(),
                        BigDecimal.TEN,
                        first.step(),
                        first.weight()));
        assertTrue(GridCompatibility.problem(grid.id(), version, new GridSheet(lines), grid)
                .orElseThrow()
                .startsWith("échelle de notation du critère " + first.code()));
    }
}
