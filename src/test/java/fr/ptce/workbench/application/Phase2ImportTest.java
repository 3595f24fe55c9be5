package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.importing.ImportConfirmationRequiredException;
import fr.ptce.workbench.application.importing.ImportReport;
import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.application.samples.SyntheticPhase2;
import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.RowProblem;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.domain.phase2.BudgetLine;
import fr.ptce.workbench.domain.phase2.LinkProblem;
import fr.ptce.workbench.domain.phase2.Phase2Champ;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import fr.ptce.workbench.spreadsheet.ds.synthetic.Phase2ExportWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** Phase-2 exports imported into the phase-1 workspace by the same import, linked, checked and flagged. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class Phase2ImportTest {

    private static final String PHASE2_XLSX = "dossiers_ami-ptce-emergents-phase-2_2021-10-04_10-15.xlsx";

    @TempDir
    Path folder;

    private final Workspace workspace;
    private List<Phase2Dossier> samples;
    private Path phase1File;

    Phase2ImportTest(StoreEngine engine) {
        workspace = TestWorkspaces.open(
                engine, Clock.fixed(Instant.parse("2021-10-05T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @BeforeEach
    void phaseOne() {
        phase1File = GenerateSamples.write(folder, 2021, 24, DsEra.Y2021, GenerateSamples.Format.XLSX);
        workspace.importDossiers().fromFile(phase1File, ColumnMapping.NONE, Progress.NONE);
        samples = SyntheticPhase2.generate(phase1Dossiers());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ImportReport importPhase2(Path file) {
        return workspace.importDossiers().phase2FromFile(file, Map.of(), false, Progress.NONE);
    }

    private Map<String, Phase2View> byNumber() {
        return workspace.phase2().read().all().stream().collect(Collectors.toMap(Phase2View::number, v -> v));
    }

    private List<fr.ptce.workbench.domain.dossier.Dossier> phase1Dossiers() {
        return workspace.readDossiers().all().stream()
                .map(fr.ptce.workbench.application.listing.DossierView::dossier)
                .toList();
    }

    private void invite() {
        DemoInvitations.record(
                workspace, GenerateSamples.invitedPhase1(workspace), "Cabinet du ministre", LocalDate.of(2021, 7, 20));
    }

    @Test
    void theSamplesAreLinkedCheckedAndFlaggedCaseByCase() {
        invite();
        ImportReport report =
                importPhase2(GenerateSamples.writePhase2(folder, phase1File, GenerateSamples.Format.XLSX));

        assertEquals(6, report.newDossiers().size());
        assertEquals(List.of(), report.problems());
        Map<String, Phase2View> views = byNumber();
        Phase2View plain =
                views.get(samples.get(SyntheticPhase2.Case.PLAIN.ordinal()).number());
        assertNull(plain.link().reason(), "an invited dossier with its own SIRET links plainly");
        assertEquals(Boolean.TRUE, plain.checks().onTime());
        assertEquals(
                new BigDecimal("48500.00"), plain.checks().stateAmountByYear().get(1));
        assertEquals(6, plain.dossier().budget().size());
        assertFalse(plain.checks().overEnvelope());
        assertTrue(views.get(samples.get(SyntheticPhase2.Case.OVER_ENVELOPE.ordinal())
                        .number())
                .checks()
                .overEnvelope());
        assertEquals(
                new BigDecimal("8500.00"),
                views.get(samples.get(SyntheticPhase2.Case.DEPRECIABLE_ASSETS.ordinal())
                                .number())
                        .checks()
                        .depreciableAmount());
        assertEquals(
                Boolean.FALSE,
                views.get(samples.get(SyntheticPhase2.Case.LATE.ordinal()).number())
                        .checks()
                        .onTime());
        assertEquals(
                List.of(LinkProblem.SIRET_MISMATCH),
                views.get(samples.get(SyntheticPhase2.Case.WRONG_SIRET.ordinal())
                                .number())
                        .link()
                        .problems());
        Phase2View third =
                views.get(samples.get(SyntheticPhase2.Case.THIRD_YEAR.ordinal()).number());
        assertEquals(Boolean.TRUE, third.dossier().thirdYearRequested());
        assertEquals(
                new BigDecimal("25000.00"), third.checks().stateAmountByYear().get(3));
        assertEquals(
                List.of(third),
                workspace.phase2().read().ofPhase1(third.dossier().phase1Number()),
                "the way back from the phase-1 dossier");
    }

    @Test
    void withoutAnyCabinetDecisionTheInvitationIsUnknownNotSilentlyLinked() {
        importPhase2(GenerateSamples.writePhase2(folder, phase1File, GenerateSamples.Format.XLSX));

        assertTrue(workspace.phase2().read().all().stream()
                .allMatch(v -> v.link().problems().contains(LinkProblem.INVITATION_UNKNOWN)));
    }

    @Test
    void anUnknownOrUninvitedPhaseOneNumberIsImportedAndFlagged() {
        invite();
        String notInvited = phase1Dossiers().get(23).number();
        List<Phase2Dossier> odd = List.of(
                renumbered(samples.get(0), "7000001", "1234567"), renumbered(samples.get(1), "7000002", notInvited));
        Path file = folder.resolve(PHASE2_XLSX);
        Phase2ExportWriter.writeXlsx(odd, DsEra.Y2021, GenerateSamples.PHASE2_EXPORT_TIME, file);

        importPhase2(file);

        Map<String, Phase2View> views = byNumber();
        assertEquals(
                List.of(LinkProblem.UNKNOWN_NUMBER), views.get("7000001").link().problems());
        assertEquals(
                "dossier de phase 1 non invité en phase 2\u00a0; SIRET différent de celui du dossier de phase 1",
                views.get("7000002").link().reason());
    }

    @Test
    void aReimportReportsWhatChangedAndACsvKeepsTheBudget() {
        Path xlsx = GenerateSamples.writePhase2(folder, phase1File, GenerateSamples.Format.XLSX);
        importPhase2(xlsx);
        List<Phase2Dossier> changed = new ArrayList<>(samples);
        Phase2Dossier first = changed.get(0);
        List<BudgetLine> lines = new ArrayList<>(first.budget());
        BudgetLine old = lines.get(0);
        lines.set(
                0,
                new BudgetLine(
                        old.line(),
                        old.post(),
                        null,
                        old.year(),
                        null,
                        new BigDecimal("31000"),
                        old.otherAmount(),
                        old.description()));
        changed.set(0, first.withBudget(lines, true));
        changed.remove(5);
        Path later = folder.resolve("dossiers_ami-ptce-emergents-phase-2_2021-10-06_08-00.xlsx");
        Phase2ExportWriter.writeXlsx(changed, DsEra.Y2021, GenerateSamples.PHASE2_EXPORT_TIME, later);

        ImportReport report = importPhase2(later);

        assertEquals(
                List.of(new ImportReport.ChangedDossier(first.number(), List.of("Dépenses prévisionnelles"))),
                report.changed());
        assertEquals(4, report.unchanged().size());
        assertEquals(List.of(samples.get(5).number()), report.absent());
        assertTrue(byNumber().get(samples.get(5).number()).absent(), "kept and marked, never deleted");
        ImportReport csv = importPhase2(GenerateSamples.writePhase2(folder, phase1File, GenerateSamples.Format.CSV));
        assertEquals(List.of(), csv.newDossiers());
        assertEquals(
                new BigDecimal("31000.00"),
                byNumber().get(first.number()).dossier().budget().get(0).stateAmount(),
                "a csv holds no budget and erases none");
    }

    @Test
    void badInputIsRefusedInFrenchAndLeavesTheStoreUnchanged() throws IOException {
        importPhase2(GenerateSamples.writePhase2(folder, phase1File, GenerateSamples.Format.XLSX));
        Path phase1 = folder.resolve("dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx");

        InputRefusedException refused = assertThrows(
                InputRefusedException.class,
                () -> workspace.importDossiers().phase2FromFile(phase1, Map.of(), true, Progress.NONE));

        assertTrue(refused.getMessage().contains("«\u00a0Numéro du dossier de phase 1\u00a0»"), refused.getMessage());
        assertEquals("Dossiers", refused.location().sheet());
        assertEquals(6, workspace.phase2().read().all().size());
        Path other = folder.resolve("dossiers_autre-demarche_2021-10-07_08-00.xlsx");
        Files.copy(folder.resolve(PHASE2_XLSX), other);
        assertThrows(ImportConfirmationRequiredException.class, () -> importPhase2(other));
    }

    @Test
    void anUnreadableAmountIsARowProblemNamingSheetRowAndColumn() {
        Path file = folder.resolve(PHASE2_XLSX);
        Phase2Dossier first = samples.get(0);
        List<BudgetLine> lines = new ArrayList<>(first.budget());
        BudgetLine old = lines.get(0);
        lines.set(0, new BudgetLine(1, null, "Voyages d'études", old.year(), null, null, null, null));
        Phase2ExportWriter.writeXlsx(
                List.of(first.withBudget(lines, true)), DsEra.Y2021, GenerateSamples.PHASE2_EXPORT_TIME, file);

        ImportReport report = importPhase2(file);

        assertEquals(
                List.of(new RowProblem(
                        Phase2ExportWriter.BUDGET_SHEET,
                        2,
                        "Poste",
                        "poste inconnu\u00a0: «\u00a0Voyages d'études\u00a0»")),
                report.problems());
    }

    @Test
    void aRenamedColumnIsMappedByTheUserAndRemembered() throws IOException {
        Path csv = GenerateSamples.writePhase2(folder, phase1File, GenerateSamples.Format.CSV);
        String text = Files.readString(csv, StandardCharsets.UTF_8)
                .replaceFirst("Numéro du dossier de phase 1", "N° AMI phase 1");
        Path renamed = folder.resolve("dossiers_ami-ptce-emergents-phase-2_2021-10-05_08-00.csv");
        Files.writeString(renamed, text, StandardCharsets.UTF_8);

        assertThrows(InputRefusedException.class, () -> importPhase2(renamed));
        workspace
                .importDossiers()
                .phase2FromFile(renamed, Map.of("N° AMI phase 1", Phase2Champ.PHASE1_NUMBER), false, Progress.NONE);
        ImportReport again = importPhase2(renamed);

        assertEquals(6, again.unchanged().size(), "the mapping is remembered for the procedure");
        assertEquals(
                samples.get(0).phase1Number(),
                byNumber().get(samples.get(0).number()).dossier().phase1Number());
        assertFalse(byNumber().get(samples.get(0).number()).dossier().budgetKnown());
    }

    private static Phase2Dossier renumbered(Phase2Dossier d, String number, String phase1) {
        return new Phase2Dossier(
                number,
                phase1,
                d.projectName(),
                d.siret(),
                d.texts(),
                d.thirdYearRequested(),
                d.partnerLetters(),
                d.attestation(),
                d.state(),
                d.email(),
                d.depositedAt(),
                d.budget(),
                true);
    }
}
