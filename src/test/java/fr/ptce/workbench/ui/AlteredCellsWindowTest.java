package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.samples.SyntheticDossiers;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.dossier.Sections;
import fr.ptce.workbench.spreadsheet.ds.synthetic.DsExportWriter;
import fr.ptce.workbench.ui.common.UiPreferences;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A dossier whose text a spreadsheet program altered: the list's filter keeps it, the reader shows the badge. */
@ExtendWith(ApplicationExtension.class)
class AlteredCellsWindowTest {

    @TempDir
    static Path folder;

    private static Preferences node;
    private Workspace workspace;
    private FxTaskRunner runner;
    private String damaged;

    @AfterEach
    void closeEveryWindow() throws java.util.concurrent.TimeoutException {
        runner.close();
        workspace.close();
        FxToolkit.cleanupStages();
    }

    @BeforeAll
    static void toolkitAndPreferences() throws Exception {
        FxToolkit.registerPrimaryStage();
        node = Preferences.userRoot().node("fr/ptce/workbench/test-" + System.nanoTime());
    }

    @AfterAll
    static void forget() throws Exception {
        node.removeNode();
    }

    @Start
    void start(Stage stage) throws Exception {
        Messages messages = Messages.load(Locale.FRENCH);
        runner = new FxTaskRunner(error -> Dialogs.error(stage, messages, error));
        MainViewModel viewModel = new MainViewModel(runner, messages, new WorkspaceState());
        new MainWindow(stage, viewModel, messages, new UiPreferences(node)).show();
        workspace = Workspace.inMemory(Clock.systemUTC());
        List<Dossier> dossiers = new ArrayList<>(SyntheticDossiers.generate(2025, 5));
        Dossier d = dossiers.get(3);
        damaged = d.number();
        Map<Section, String> texts = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            texts.put(section, d.sections().text(section));
        }
        texts.put(Section.S2, "#VALUE!");
        dossiers.set(
                3,
                new Dossier(
                        d.number(),
                        d.tracking(),
                        d.projectName(),
                        d.region(),
                        d.structure(),
                        d.referent(),
                        new Sections(texts),
                        d.territory(),
                        d.attachments(),
                        d.attestation(),
                        d.annotations(),
                        d.raw()));
        Path file = Files.createTempDirectory(folder, "export")
                .resolve("dossiers_ami-ptce-emergents_2025-09-16_10-41.xlsx");
        runner.run(
                "import",
                p -> {
                    DsExportWriter.writeXlsx(dossiers, DsEra.Y2025, file);
                    return workspace.importDossiers().fromFile(file, ColumnMapping.NONE, Progress.NONE);
                },
                report -> viewModel.useWorkspace(workspace),
                error -> {
                    throw new AssertionError(error);
                });
    }

    @Test
    void theFilterKeepsTheAlteredDossierAndTheReaderShowsTheBadge(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 5);
        robot.clickOn("#listFilters .title");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#filterAltered")
                        .tryQuery()
                        .map(n -> n.isVisible())
                        .orElse(false));
        ChoiceBox<?> altered = robot.lookup("#filterAltered").queryAs(ChoiceBox.class);
        assertEquals(
                "Texte altéré par un tableur\u00a0: tous",
                ((fr.ptce.workbench.ui.list.ListFilterBar.Choice<?>) altered.getValue()).label());
        robot.interact(() -> altered.getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals(damaged, table.getItems().get(0).number());

        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#alteredBadge").tryQuery().isPresent());
        Label badge = robot.lookup("#alteredBadge").queryAs(Label.class);
        assertEquals("Texte altéré par un tableur\u00a0: réimportez l'export d'origine", badge.getText());
        assertTrue(
                badge.getAccessibleText().contains("colonnes\u00a0: " + Champ.S2.label()), badge.getAccessibleText());

        robot.interact(() -> altered.getSelectionModel().select(2));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        assertTrue(table.getItems().stream().noneMatch(s -> s.number().equals(damaged)));
    }
}
