package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.DashboardSample;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.ui.common.UiPreferences;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.list.ListFilterBar;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/** The list's combinable and saved filters, and the settings dialog, on a scored workspace (headless). */
@ExtendWith(ApplicationExtension.class)
class FiltersAndSettingsWindowTest {

    /** Leaves no window behind to take the keyboard focus from the next window test. */
    @AfterEach
    void closeEveryWindow() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
    }

    @TempDir
    static Path folder;

    private Workspace workspace;
    private FxTaskRunner runner;
    private MainViewModel viewModel;
    private static Preferences node;
    private List<String> numbers;

    @Start
    void start(Stage stage) throws Exception {
        Messages messages = Messages.load(Locale.FRENCH);
        runner = new FxTaskRunner(error -> Dialogs.error(stage, messages, error));
        viewModel = new MainViewModel(runner, messages, new WorkspaceState());
        new MainWindow(stage, viewModel, messages, new UiPreferences(node)).show();
        workspace = Workspace.inMemory(Clock.systemUTC());
        Path samples = Files.createTempDirectory(folder, "samples");
        // filled on the writer thread: the window's setup stays short
        runner.run("sample", p -> DashboardSample.fill(workspace, samples), filled -> {
            numbers = filled;
            viewModel.useWorkspace(workspace);
        });
    }

    @BeforeAll
    static void toolkitAndPreferences() throws Exception {
        // before the window's setup, which has a time limit that a busy machine's first toolkit start can exceed
        FxToolkit.registerPrimaryStage();
        node = Preferences.userRoot().node("fr/ptce/workbench/test-" + System.nanoTime());
    }

    @AfterAll
    static void forget() throws Exception {
        node.removeNode();
    }

    @AfterEach
    void stop() {
        runner.close();
        workspace.close();
    }

    private static <T> void choose(FxRobot robot, String id, int index) {
        ChoiceBox<T> box = robot.lookup(id).query();
        robot.interact(() -> box.getSelectionModel().select(index));
    }

    @Test
    void filtersCombineWithTheSearchAndASavedFilterComesBack(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        // folded, the boxes are not in the window yet (built into it when first unfolded: issue 21, P6)
        assertTrue(robot.lookup("#filterScored").tryQuery().isEmpty(), "filter boxes in the folded pane");
        robot.clickOn("#listFilters .title");
        WaitForAsyncUtils.waitFor(
                5,
                TimeUnit.SECONDS,
                () -> robot.lookup("#filterScored")
                        .tryQuery()
                        .map(n -> n.isVisible())
                        .orElse(false));

        choose(robot, "#filterScored", 1); // Notés
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        assertEquals(
                numbers.subList(0, 4).stream().sorted().toList(),
                table.getItems().stream().map(DossierSummary::number).sorted().toList());
        assertEquals(
                "4 dossiers sur 12",
                robot.lookup("#dossierCount").queryLabeled().getText());

        choose(robot, "#filterAvis", 1); // Sans avis
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 3);

        // AND the search box: the number of one of the three
        String wanted = numbers.get(2);
        robot.clickOn("#quickFilter").write(wanted);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals(wanted, table.getItems().get(0).number());
        robot.interact(
                () -> robot.lookup("#quickFilter").queryAs(TextField.class).clear());

        robot.interact(() -> viewModel.listFilter().save("Notés sans avis"));
        WaitForAsyncUtils.waitFor(
                10, TimeUnit.SECONDS, () -> viewModel.listFilter().savedNames().contains("Notés sans avis"));
        assertTrue(workspace.settings().savedFilters().containsKey("Notés sans avis"));
        robot.clickOn("#clearFilters");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        assertEquals(
                "Notés ou non",
                robot.lookup("#filterScored")
                        .<ChoiceBox<ListFilterBar.Choice<Boolean>>>query()
                        .getValue()
                        .label());

        robot.interact(() -> viewModel.listFilter().use("Notés sans avis"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertEquals(
                "Notés",
                robot.lookup("#filterScored")
                        .<ChoiceBox<ListFilterBar.Choice<Boolean>>>query()
                        .getValue()
                        .label());
    }

    @Test
    void theSettingsDialogRefusesAWrongFieldThenStoresEverything(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("#dossierTable").queryTableView().getItems().size() == 12);
        robot.clickOn("#menuBar .menu").clickOn("#menuSettings");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> robot.lookup("#settingsThreshold")
                        .tryQuery()
                        .map(n -> !((TextField) n).getText().isEmpty())
                        .orElse(false));
        assertEquals(
                "Maëlle Kerjean",
                robot.lookup("#settingsName").queryAs(TextField.class).getText());
        assertEquals(
                "2", robot.lookup("#settingsThreshold").queryAs(TextField.class).getText());
        assertEquals(
                "6000",
                robot.lookup("#settingsLimit-S3").queryAs(TextField.class).getText());
        ChoiceBox<String> region = robot.lookup("#settingsRegion").query();
        assertTrue(region.getItems().containsAll(java.util.List.of("Bretagne", "Mayotte", "Grand Est")));
        assertEquals(workspace.workspaceUser().current().orElseThrow().region(), region.getValue());
        // an in-memory workspace cannot be encrypted: said, and the button is disabled
        assertEquals(
                "Un espace en mémoire ne peut pas être chiffré.",
                robot.lookup("#encryptionState").queryLabeled().getText());
        assertTrue(robot.lookup("#encryptionOpen").query().isDisabled());

        robot.interact(() ->
                robot.lookup("#settingsThreshold").queryAs(TextField.class).setText("0"));
        robot.clickOn("#settingsOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#settingsError").queryLabeled().getText().contains("seuil de désaccord"));
        assertTrue(robot.lookup("#settingsDialog").tryQuery().isPresent(), "the dialog stays open");

        robot.interact(() -> {
            robot.lookup("#settingsThreshold").queryAs(TextField.class).setText("1,5");
            robot.lookup("#settingsLimit-S3").queryAs(TextField.class).setText("4500");
            robot.lookup("#settingsName").queryAs(TextField.class).setText("Maëlle Kerjean-Le Bihan");
            robot.lookup("#settingsLanguage").<ChoiceBox<Locale>>query().setValue(Locale.ENGLISH);
            region.setValue("Mayotte");
        });
        robot.clickOn("#settingsOk");
        WaitForAsyncUtils.waitFor(
                10,
                TimeUnit.SECONDS,
                () -> new BigDecimal("1.5").equals(workspace.settings().disagreementThreshold()));
        assertFalse(robot.lookup("#settingsDialog").tryQuery().isPresent());
        assertEquals(4500, workspace.settings().lengthLimits().limit(Section.S3));
        assertEquals(
                "Maëlle Kerjean-Le Bihan",
                workspace.workspaceUser().current().orElseThrow().name());
        assertEquals(
                "Mayotte", workspace.workspaceUser().current().orElseThrow().region());
        assertEquals(Locale.ENGLISH, new UiPreferences(node).locale());
    }
}
