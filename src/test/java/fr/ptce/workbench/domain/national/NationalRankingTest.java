package fr.ptce.workbench.domain.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** A row with a total, block subtotals V/O/E, a deposit time and targets b/c. */
    static RegionalAvisRow row(String number, String total, String v, String o, String e, LocalDateTime deposit,
            Boolean b, Boolean c) {
        return new RegionalAvisRow(number, "Projet " + number, "Structure " + number, "Association", "Bretagne",
                deposit, "recevable", 5, "émergent", b, c, null, null, null, null, Map.of(),
                Map.of("V", new BigDecimal(v), "O", new BigDecimal(o), "E", new BigDecimal(e)),
                total == null ? null : new BigDecimal(total), 2, null, "favorable", true, null, null, null, null,
                null, List.of());
    }

    private static List<String> ranked(RankingOrder order, RegionalAvisRow... rows) {
        List<NationalDossier> dossiers = new ArrayList<>();
        for (RegionalAvisRow r : rows) {
            dossiers.add(new NationalDossier(r, "Bretagne", "avis.xlsx", false));
        }
        return NationalRanking.rank(dossiers, order, Map.of()).stream().map(d -> d.rank() + ":" + d.row()
                .dossierNumber()).toList();
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

        assertEquals(List.of("1:1", "2:2", "3:3", "4:5", "5:4", "6:6", "7:7"), ranked(RankingOrder.DEFAULT,
                unscored, noDeposit, higherE, earlier, higherO, higherV, best));
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
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> RankingOrder.parse("V, 12"));
        assertEquals("critère de départage « 12 » inconnu : un code de bloc (V, O, E) ou « dépôt »",
                unknown.getMessage());
        assertEquals("critère de départage « V » répété",
                assertThrows(IllegalArgumentException.class, () -> RankingOrder.parse("V, O, V")).getMessage());
    }

    @Test
    void decisionsAreAttachedByDossierNumber() {
        RegionalAvisRow a = row("1", "80", "40", "20", "20", JUNE, true, null);
        List<RankedDossier> ranked = NationalRanking.rank(List.of(new NationalDossier(a, "Bretagne", "f", false)),
                RankingOrder.DEFAULT, Map.of("1", new NationalDecision("1", true, false)));
        assertTrue(ranked.get(0).decision().laureate());
        assertFalse(ranked.get(0).decision().invited());
    }

    @Test
    void onlyADossierMeetingTargetBOrCCanBeInvited() {
        assertEquals(Optional.empty(), Shortlist.refusalToInvite(row("1", "80", "40", "20", "20", JUNE, true, false)));
        assertEquals(Optional.empty(), Shortlist.refusalToInvite(row("2", "80", "40", "20", "20", JUNE, false, true)));
        assertEquals(Optional.of("Le dossier 3 ne peut pas être invité en phase 2 : il ne relève ni de la cible (b)"
                + " ni de la cible (c)."), Shortlist.refusalToInvite(row("3", "80", "40", "20", "20", JUNE, false,
                        null)));
    }

    @Test
    void countersShowTheInvitedAgainstTheTargetAndTheLaureatesAgainstTheEnvelope() {
        List<NationalDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            decisions.add(new NationalDecision(String.valueOf(i), i < 15, i < 14));
        }
        ShortlistCounters within = Shortlist.counters(decisions);
        assertEquals(14, within.invited());
        assertFalse(within.invitedWithinTarget());
        assertEquals(new BigDecimal("1500000"), within.amount());
        assertFalse(within.overEnvelope());
        assertEquals("Lauréats phase 1 : 15 × 100 000 € = 1 500 000 € / enveloppe 1 500 000 €",
                within.describeLaureates());
        assertEquals("Invités en phase 2 : 14 (objectif 15 à 20)", within.describeInvited());

        decisions.set(15, new NationalDecision("15", true, true));
        ShortlistCounters over = Shortlist.counters(decisions);
        assertEquals(15, over.invited());
        assertTrue(over.invitedWithinTarget());
        assertTrue(over.overEnvelope());
        assertEquals("Lauréats phase 1 : 16 × 100 000 € = 1 600 000 € / enveloppe 1 500 000 € — dépassement de"
                + " 100 000 €", over.describeLaureates());
    }

    @Test
    void aGridOfOtherWeightsOrScaleOrIdIsNotCompatible() {
        var grid = Grids.amiPtce2021();
        List<GridSheet.Line> lines = new ArrayList<>(grid.criteria().stream().map(c -> new GridSheet.Line(grid.id(),
                grid.version(), c.blockCode(), c.code(), grid.scale().min(), grid.scale().max(), grid.scale().step(),
                c.weight())).toList());
        String version = String.valueOf(grid.version());
        assertEquals(Optional.empty(), GridCompatibility.problem(grid.id(), version, new GridSheet(lines), grid));

        assertTrue(GridCompatibility.problem("autre-grille", version, new GridSheet(lines), grid).isPresent());
        assertTrue(GridCompatibility.problem(grid.id(), "7", new GridSheet(lines), grid).orElseThrow()
                .startsWith("la grille des métadonnées"));
        GridSheet.Line first = lines.get(0);
        lines.set(0, new GridSheet.Line(first.gridId(), first.version(), first.block(), first.code(), first.min(),
                first.max(), first.step(), first.weight().add(BigDecimal.ONE)));
        assertTrue(GridCompatibility.problem(grid.id(), version, new GridSheet(lines), grid).orElseThrow()
                .contains("critères ou poids différents"));
        lines.set(0, new GridSheet.Line(first.gridId(), first.version(), first.block(), first.code(), first.min(),
                BigDecimal.TEN, first.step(), first.weight()));
        assertTrue(GridCompatibility.problem(grid.id(), version, new GridSheet(lines), grid).orElseThrow()
                .startsWith("échelle de notation du critère " + first.code()));
    }
}
