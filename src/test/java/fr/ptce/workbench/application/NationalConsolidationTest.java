package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.TestReviewers;
import fr.ptce.workbench.application.common.FileOutcome;
import fr.ptce.workbench.application.common.IdentityRequiredException;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.national.ConsolidationReport;
import fr.ptce.workbench.application.national.ExportNational;
import fr.ptce.workbench.application.national.NationalView;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The 18 regions' workbooks consolidated at PESSII: ranking, tie-break, decisions, counters, national export. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class NationalConsolidationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-01-10T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final int PER_REGION = 6;

    @TempDir
    static Path workbooks;

    private static final List<Path> FILES = new ArrayList<>();

    @TempDir
    Path folder;

    private final Workspace pessii;

    NationalConsolidationTest(StoreEngine engine) {
        pessii = TestWorkspaces.open(engine, CLOCK);
    }

    @BeforeAll
    static void writeTheRegionsWorkbooks() {
        Random random = new Random(2021);
        for (int i = 0; i < RegionWorkbooks.REGIONS.size(); i++) {
            FILES.add(RegionWorkbooks.write(workbooks, i, PER_REGION, random));
        }
    }

    @AfterEach
    void close() {
        pessii.close();
    }

    private static List<Path> eighteenRegions() {
        return FILES;
    }

    /** Four regions: 24 dossiers, 20 of them meeting target (b) or (c). */
    private static List<Path> fourRegions() {
        return FILES.subList(0, 4);
    }

    private void identify() {
        pessii.workspaceUser().set(TestReviewers.PESSII);
    }

    @Test
    void eighteenRegionsConsolidateAndRankByTheTieBreakOrder() {
        ConsolidationReport report = pessii.consolidateAvis().importFiles(eighteenRegions(), Progress.NONE);

        assertEquals(18, report.files().size());
        report.files().forEach(f -> assertEquals(FileOutcome.Status.ACCEPTED, f.status(), f.message()));
        NationalView view = pessii.nationalDecisions().view();
        assertEquals(18 * PER_REGION, view.ranking().size());
        assertTrue(view.openConflicts().isEmpty());
        int ties = 0;
        for (int i = 1; i < view.ranking().size(); i++) {
            RegionalAvisRow before = view.ranking().get(i - 1).row();
            RegionalAvisRow after = view.ranking().get(i).row();
            assertEquals(i + 1, view.ranking().get(i).rank());
            ties += before.total().compareTo(after.total()) == 0 ? 1 : 0;
            assertTrue(
                    rankedBefore(before, after), before.dossierNumber() + " must come before " + after.dossierNumber());
        }
        assertTrue(ties > 10, "the synthetic scores give ties to break: " + ties);
    }

    /** The documented order, written out: total, subtotal V, O, E (higher first), earlier deposit, number. */
    private static boolean rankedBefore(RegionalAvisRow a, RegionalAvisRow b) {
        int total = b.total().compareTo(a.total());
        if (total != 0) {
            return total < 0;
        }
        for (String block : List.of("V", "O", "E")) {
            int subtotal = b.subtotals().get(block).compareTo(a.subtotals().get(block));
            if (subtotal != 0) {
                return subtotal < 0;
            }
        }
        int deposit = a.depositedAt().compareTo(b.depositedAt());
        return deposit != 0 ? deposit < 0 : a.dossierNumber().compareTo(b.dossierNumber()) < 0;
    }

    @Test
    void anEditedTieBreakOrderIsStoredAndUsed() {
        pessii.consolidateAvis().importFiles(fourRegions(), Progress.NONE);
        identify();

        NationalView view = pessii.nationalDecisions().setOrder("dépôt, E");

        assertEquals("dépôt, E", view.order().toString());
        assertEquals("dépôt, E", pessii.nationalDecisions().view().order().toString());
        for (int i = 1; i < view.ranking().size(); i++) {
            RegionalAvisRow before = view.ranking().get(i - 1).row();
            RegionalAvisRow after = view.ranking().get(i).row();
            if (before.total().compareTo(after.total()) == 0) {
                assertTrue(before.depositedAt().compareTo(after.depositedAt()) <= 0);
            }
        }
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> pessii.nationalDecisions().setOrder("V, X1"));
        assertTrue(
                refused.getMessage()
                        .startsWith("Ordre de départage refusé\u00a0: critère de départage" + " «\u00a0X1\u00a0»"),
                refused.getMessage());
    }

    @Test
    void countersFollowTheProposalsAndOnlyALaureateMeetingTargetsBOrCCanBeInvited() {
        pessii.consolidateAvis().importFiles(fourRegions(), Progress.NONE);
        identify();
        List<RankedDossier> ranking = pessii.nationalDecisions().view().ranking();
        List<RankedDossier> eligible =
                ranking.stream().filter(r -> r.row().meetsPhase2Target()).toList();
        RankedDossier neither = ranking.stream()
                .filter(r -> !r.row().meetsPhase2Target())
                .findFirst()
                .orElseThrow();

        InvalidInputException notLaureate = assertThrows(
                InvalidInputException.class,
                () -> pessii.nationalDecisions()
                        .setInvited(eligible.get(0).row().dossierNumber(), true, null));
        assertTrue(
                notLaureate.getMessage().contains("il n'est pas lauréat de la phase\u00a01"), notLaureate.getMessage());
        NationalView view = null;
        for (int i = 0; i < 16; i++) {
            pessii.nationalDecisions().setLaureate(eligible.get(i).row().dossierNumber(), true, null);
            view = pessii.nationalDecisions().setInvited(eligible.get(i).row().dossierNumber(), true, null);
        }

        assertEquals(16, view.counters().proposedInvited());
        assertTrue(view.counters().invitedWithinTarget());
        assertEquals(16, view.counters().proposedLaureates());
        assertEquals(0, view.counters().decidedLaureates());
        assertFalse(view.counters().describeLaureates().contains("€"));
        pessii.nationalDecisions().setLaureate(neither.row().dossierNumber(), true, null);
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> pessii.nationalDecisions().setInvited(neither.row().dossierNumber(), true, null));
        assertEquals(
                "Dossier n°\u00a0" + neither.row().dossierNumber() + "\u00a0: invitation en phase\u00a02 refusée —"
                        + " il ne répond ni à la cible b) ni à la cible c) selon l'avis de la région. Pour"
                        + " passer outre,"
                        + " donnez le motif de la dérogation.",
                refused.getMessage());
        assertFalse(pessii.nationalDecisions().view().ranking().stream()
                .filter(r -> r.row().dossierNumber().equals(neither.row().dossierNumber()))
                .findFirst()
                .orElseThrow()
                .decision()
                .invited());

        view = pessii.nationalDecisions().setLaureate(eligible.get(0).row().dossierNumber(), false, null);
        assertEquals(16, view.counters().proposedLaureates(), "15 eligible ones and the one that meets no target");
        assertEquals(15, view.counters().proposedInvited(), "no longer laureate: no longer invited");
        assertEquals(
                4,
                pessii.nationalDecisions()
                        .history(eligible.get(0).row().dossierNumber())
                        .size(),
                "laureate, invitation, and both withdrawals audited");
    }

    @Test
    void anOverrideLetsARefusedProposalThroughAndIsKeptInTheAuditTrail() {
        pessii.consolidateAvis().importFiles(fourRegions(), Progress.NONE);
        identify();
        RankedDossier neither = pessii.nationalDecisions().view().ranking().stream()
                .filter(r -> !r.row().meetsPhase2Target())
                .findFirst()
                .orElseThrow();
        String number = neither.row().dossierNumber();
        pessii.nationalDecisions().setLaureate(number, true, null);
        NationalView view =
                pessii.nationalDecisions().setInvited(number, true, "Territoire en déprise, avis du" + " préfet");
        assertEquals(
                "Territoire en déprise, avis du préfet",
                view.ranking().stream()
                        .filter(r -> r.row().dossierNumber().equals(number))
                        .findFirst()
                        .orElseThrow()
                        .decision()
                        .inviteOverride());
        assertTrue(pessii.nationalDecisions().history(number).stream()
                .anyMatch(e -> e.field().startsWith("dérogation")
                        && "Territoire en déprise, avis du préfet".equals(e.newValue())));
    }

    @Test
    void theCabinetsDecisionIsRecordedOnTheCurrentProposalsAndOnlyItReachesThePublicLists() throws IOException {
        pessii.consolidateAvis().importFiles(fourRegions(), Progress.NONE);
        identify();
        List<RankedDossier> eligible = pessii.nationalDecisions().view().ranking().stream()
                .filter(r -> r.row().meetsPhase2Target())
                .toList();
        pessii.nationalDecisions().setLaureate(eligible.get(0).row().dossierNumber(), true, null);
        pessii.nationalDecisions().setInvited(eligible.get(0).row().dossierNumber(), true, null);
        assertEquals(1, pessii.nationalDecisions().confirm("Cabinet du ministre", LocalDate.of(2021, 7, 19)));
        pessii.nationalDecisions().setLaureate(eligible.get(1).row().dossierNumber(), true, null);

        NationalView view = pessii.nationalDecisions().view();
        assertEquals(2, view.counters().proposedLaureates());
        assertEquals(1, view.counters().decidedLaureates());
        Path invitees = folder.resolve("out/invites.xlsx");
        Path laureates = folder.resolve("out/laureats.xlsx");
        ExportNational.Report report = pessii.exportNational()
                .toWorkbook(folder.resolve("out"), Optional.of(invitees), Optional.of(laureates), Progress.NONE);
        assertEquals(1, report.invited());
        assertEquals(1, report.laureates(), "the second proposal awaits the cabinet's decision");
        assertThrows(
                InvalidInputException.class, () -> pessii.nationalDecisions().confirm(" ", LocalDate.now()));
    }

    @Test
    void theCampaignIsVersionedAndAVersionUsedByADecisionIsFrozen() {
        pessii.consolidateAvis().importFiles(fourRegions(), Progress.NONE);
        identify();
        assertEquals(0, pessii.campaign().current().version(), "the 2021 defaults, never stored");
        String edited = pessii.campaign().text().replace("15 à 20", "16 à 18");
        assertEquals(1, pessii.campaign().save(edited).version());
        assertEquals(
                1,
                pessii.campaign().save(edited.replace("16 à 18", "15 à 18")).version(),
                "a version no decision uses is changed in place");
        RankedDossier eligible = pessii.nationalDecisions().view().ranking().stream()
                .filter(r -> r.row().meetsPhase2Target())
                .findFirst()
                .orElseThrow();
        NationalView view =
                pessii.nationalDecisions().setLaureate(eligible.row().dossierNumber(), true, null);
        assertEquals(15, view.counters().invitedMin());
        assertEquals(18, view.counters().invitedMax());
        assertEquals(2, pessii.campaign().save(edited).version(), "version 1 is frozen by the decision");
        assertEquals(16, pessii.nationalDecisions().view().counters().invitedMin());
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> pessii.campaign().save("vague\u00a0: Vague 1\u00a0; dernier jour 23/06/2021"));
        assertTrue(refused.getMessage().startsWith("Campagne refusée, ligne 1"), refused.getMessage());
    }

    @Test
    void decisionsNeedTheUsersIdentity() {
        pessii.consolidateAvis().importFiles(FILES.subList(0, 1), Progress.NONE);
        String number = pessii.nationalDecisions().view().ranking().get(0).row().dossierNumber();
        assertThrows(
                IdentityRequiredException.class,
                () -> pessii.nationalDecisions().setLaureate(number, true, null));
    }

    @Test
    void theNationalExportAndThePublicListAreWritten() throws IOException {
        pessii.consolidateAvis().importFiles(fourRegions(), Progress.NONE);
        identify();
        RankedDossier invited = pessii.nationalDecisions().view().ranking().stream()
                .filter(r -> r.row().meetsPhase2Target())
                .findFirst()
                .orElseThrow();
        pessii.nationalDecisions().setLaureate(invited.row().dossierNumber(), true, null);
        pessii.nationalDecisions().setInvited(invited.row().dossierNumber(), true, null);
        pessii.nationalDecisions().confirm("Cabinet du ministre", LocalDate.of(2021, 7, 26));

        Path publicList = folder.resolve("out/invites-phase-2.xlsx");
        ExportNational.Report report = pessii.exportNational()
                .toWorkbook(folder.resolve("out"), Optional.of(publicList), Optional.empty(), Progress.NONE);

        assertEquals(folder.resolve("out/national-2022-01-10.xlsx"), report.file());
        assertEquals(4 * PER_REGION, report.rows());
        assertEquals(1, report.invited());
        try (XSSFWorkbook national = new XSSFWorkbook(Files.newInputStream(report.file()));
                XSSFWorkbook list = new XSSFWorkbook(Files.newInputStream(publicList))) {
            assertEquals(
                    List.of("Classement", "Évaluations", "Synthèse"),
                    List.of(national.getSheetName(0), national.getSheetName(1), national.getSheetName(2)));
            assertEquals(4 * PER_REGION, national.getSheet("Classement").getLastRowNum());
            assertEquals(4 * PER_REGION, national.getSheet("Évaluations").getLastRowNum());
            var summary = national.getSheet("Synthèse");
            long partial = pessii.nationalDecisions().view().ranking().stream()
                    .filter(r -> !r.complete())
                    .count();
            boolean counted = false;
            for (int r = 1; r <= summary.getLastRowNum(); r++) {
                if (summary.getRow(r)
                        .getCell(0)
                        .getStringCellValue()
                        .equals("Dossiers à note incomplète (classés à part)")) {
                    assertEquals(
                            String.valueOf(partial),
                            summary.getRow(r).getCell(1).getStringCellValue());
                    counted = true;
                }
            }
            assertTrue(counted, "the summary counts the partial totals");
            assertEquals(1, list.getNumberOfSheets());
            var sheet = list.getSheet("Invités phase 2");
            assertEquals(1, sheet.getLastRowNum());
            assertEquals(invited.row().project(), sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(invited.row().structure(), sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals(invited.row().region(), sheet.getRow(1).getCell(2).getStringCellValue());
        }
        try (var files = Files.list(folder.resolve("out"))) {
            assertEquals(2, files.count(), "no temporary file left beside the exports");
        }
    }

    @Test
    void theNationalExportIsRefusedWithoutImportedWorkbooks() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> pessii.exportNational().toWorkbook(folder, Optional.empty(), Optional.empty(), Progress.NONE));
        assertTrue(refused.getMessage().startsWith("Aucun classeur d'avis n'a été importé"), refused.getMessage());
    }
}
