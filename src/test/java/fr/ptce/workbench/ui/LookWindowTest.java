package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.DashboardSample;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.common.UiPreferences;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.experts.ExpertsWindow;
import fr.ptce.workbench.ui.fx.ColumnFit;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Theme;
import fr.ptce.workbench.ui.national.NationalWindow;
import fr.ptce.workbench.ui.workspace.SettingsDialog;
import fr.ptce.workbench.ui.workspace.SettingsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
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

/**
 * The look on a scored workspace (headless): list columns never cut and tooltips for the long ones, charts
 * coloured by meaning, the theme switched at once everywhere, and an accessible name on every control of the main
 * window and of the secondary windows.
 */
@ExtendWith(ApplicationExtension.class)
class LookWindowTest {

    @TempDir
    static Path folder;

    private Workspace workspace;
    private FxTaskRunner runner;
    private MainViewModel viewModel;
    private Stage stage;
    private Messages messages;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        messages = Messages.load(Locale.FRENCH);
        runner = new FxTaskRunner(error -> Dialogs.error(stage, messages, error));
        viewModel = new MainViewModel(runner, messages, new WorkspaceState());
        new MainWindow(stage, viewModel, messages).show();
        workspace = Workspace.inMemory(Clock.systemUTC());
        Path samples = Files.createTempDirectory(folder, "samples");
        runner.run(
                "sample",
                p -> {
                    DashboardSample.fill(workspace, samples);
                    return DashboardSample.consolidateOwnAvis(workspace, samples);
                },
                workbook -> viewModel.useWorkspace(workspace));
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        runner.close();
        workspace.close();
    }

    private TableView<DossierSummary> loadedTable(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = robot.lookup("#dossierTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 12);
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<DossierSummary, String> column(TableView<DossierSummary> table, String id) {
        return (TableColumn<DossierSummary, String>) table.getColumns().stream()
                .filter(c -> id.equals(c.getId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theShortColumnsShowTheirWholeTextAndTheirTitle(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = loadedTable(robot);
        for (String id : List.of("regionColumn", "waveColumn", "stateColumn")) {
            TableColumn<DossierSummary, String> column = column(table, id);
            for (DossierSummary d : table.getItems()) {
                String text = column.getCellData(d);
                assertFalse(
                        ColumnFit.cut(text, column.getWidth()), id + " cuts « " + text + " » at " + column.getWidth());
            }
        }
        // every title whole, whatever the pane's width: the table scrolls rather than squeezing a column
        for (TableColumn<DossierSummary, ?> column : table.getColumns()) {
            assertTrue(
                    column.getWidth() + 0.5 >= ColumnFit.textWidth(column.getText(), true) + ColumnFit.PADDING - 8,
                    column.getText() + " at " + column.getWidth());
            assertTrue(column.getWidth() + 0.5 >= column.getMinWidth(), column.getText() + " under its minimum");
        }
        robot.interact(() -> stage.setWidth(1100));
        WaitForAsyncUtils.waitForFxEvents();
        double needed = table.getColumns().stream()
                .mapToDouble(TableColumn::getMinWidth)
                .sum();
        if (needed > table.getWidth()) {
            assertEquals(TableView.UNCONSTRAINED_RESIZE_POLICY, table.getColumnResizePolicy());
        }
    }

    @Test
    void aCutProjectNameHasItsWholeTextAsTooltip(FxRobot robot) throws Exception {
        TableView<DossierSummary> table = loadedTable(robot);
        TableColumn<DossierSummary, String> project = column(table, "projectColumn");
        robot.interact(() -> {
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            project.setMinWidth(60);
            project.setPrefWidth(60);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<ColumnFit.TooltipCell<?>> cells = robot.lookup(".table-cell").queryAll().stream()
                .filter(n -> n instanceof ColumnFit.TooltipCell<?> c
                        && c.getTableColumn() == project
                        && !c.isEmpty()
                        && c.getText() != null
                        && !c.getText().isBlank())
                .<ColumnFit.TooltipCell<?>>map(n -> (ColumnFit.TooltipCell<?>) n)
                .toList();
        assertFalse(cells.isEmpty());
        for (ColumnFit.TooltipCell<?> cell : cells) {
            assertTrue(cell.getTooltip() != null, "no tooltip on « " + cell.getText() + " »");
            assertEquals(cell.getText(), cell.getTooltip().getText());
        }
        robot.interact(() -> project.setPrefWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(cells.stream().allMatch(c -> c.getTooltip() == null), "a tooltip on a whole name");
    }

    @Test
    void theAdmissibilityAndAvisChartsUseTheBadgesColours(FxRobot robot) throws Exception {
        loadedTable(robot);
        robot.interact(() -> robot.lookup("#mainTabs")
                .queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel()
                .select(1));
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#chart-admissibility").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        PieChart admissibility = robot.lookup("#chart-admissibility").queryAs(PieChart.class);
        assertFalse(admissibility.getData().isEmpty());
        for (PieChart.Data slice : admissibility.getData()) {
            String name = slice.getName();
            String expected = name.startsWith("recevable")
                    ? "#1e7b34"
                    : name.startsWith("incomplet") ? "#b36b00" : name.startsWith("hors délai") ? "#b42318" : null;
            assertTrue(expected != null, name);
            assertEquals(Color.web(expected), fill(slice.getNode()), name);
        }
        PieChart avis = robot.lookup("#chart-recommendations").queryAs(PieChart.class);
        for (PieChart.Data slice : avis.getData()) {
            String name = slice.getName();
            String expected = name.startsWith("favorable avec")
                    ? "#b36b00"
                    : name.startsWith("favorable") ? "#1e7b34" : name.startsWith("défavorable") ? "#b42318" : "#767676";
            assertEquals(Color.web(expected), fill(slice.getNode()), name);
        }
    }

    private static Color fill(Node node) {
        return (Color) ((Region) node).getBackground().getFills().get(0).getFill();
    }

    @Test
    void theDarkThemeReachesEveryWindowAtOnceAndTheLightOneTakesItBack(FxRobot robot) throws Exception {
        loadedTable(robot);
        try {
            robot.interact(() -> Theme.apply(Theme.DARK));
            robot.interact(() -> new ExpertsWindow(stage, viewModel.experts(), messages).show());
            WaitForAsyncUtils.waitForFxEvents();
            String dark = Theme.url(Theme.DARK_STYLESHEET);
            List<Scene> scenes = Window.getWindows().stream()
                    .filter(w -> w instanceof Stage)
                    .map(Window::getScene)
                    .toList();
            assertTrue(scenes.size() >= 2, "windows: " + scenes.size());
            assertTrue(scenes.stream().allMatch(s -> s.getStylesheets().contains(dark)), "a window left light");
            Label count = robot.lookup("#dossierCount").queryAs(Label.class);
            assertEquals(Color.web("#e6e6e6"), count.getTextFill());

            robot.interact(() -> Theme.apply(Theme.LIGHT));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(scenes.stream().noneMatch(s -> s.getStylesheets().contains(dark)), "a window left dark");
            assertEquals(Color.web("#161616"), count.getTextFill());
            // the focus ring: the focused button's outer fill is the focus blue
            robot.interact(() -> robot.lookup("#mainTabs")
                    .queryAs(javafx.scene.control.TabPane.class)
                    .getSelectionModel()
                    .select(1));
            // the dashboard is built when first shown
            javafx.scene.control.Button refresh =
                    robot.lookup("#dashboardRefresh").queryButton();
            robot.interact(refresh::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(
                    Color.web("#0a76f6"),
                    refresh.getBackground().getFills().get(0).getFill());
        } finally {
            robot.interact(Theme::reset);
        }
    }

    @Test
    void everyControlOfEveryWindowHasAnAccessibleName(FxRobot robot) throws Exception {
        loadedTable(robot);
        robot.interact(() ->
                viewModel.selectedProperty().set(viewModel.filteredDossiers().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> unnamed =
                new java.util.ArrayList<>(Accessibility.unnamed(stage.getScene().getRoot()));
        // the scoring screen's grid, eligibility, avis and history tabs
        robot.interact(() -> stage.getScene().lookup("#dossierTable").requestFocus());
        robot.press(javafx.scene.input.KeyCode.CONTROL)
                .type(javafx.scene.input.KeyCode.E)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        unnamed.addAll(Accessibility.unnamed(stage.getScene().getRoot()));
        // the dashboard
        robot.interact(() -> robot.lookup("#mainTabs")
                .queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel()
                .select(1));
        WaitForAsyncUtils.waitForFxEvents();
        unnamed.addAll(Accessibility.unnamed(stage.getScene().getRoot()));

        robot.interact(() -> new ExpertsWindow(stage, viewModel.experts(), messages).show());
        robot.interact(() -> NationalWindow.show(stage, viewModel.national(), viewModel.runner(), messages));
        robot.interact(() -> {
            SettingsViewModel settings = new SettingsViewModel(
                    viewModel.runner(),
                    viewModel.workspaceState(),
                    new UiPreferences(java.util.prefs.Preferences.userRoot().node("fr/ptce/workbench/test-look")),
                    messages);
            settings.load();
            SettingsDialog.create(stage, messages, settings, () -> {}).show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> others = Window.getWindows().stream()
                .filter(w -> w instanceof Stage && w != stage)
                .toList();
        assertTrue(others.size() >= 3, "secondary windows: " + others.size());
        for (Window w : others) {
            unnamed.addAll(Accessibility.unnamed(w.getScene().getRoot()));
        }
        assertTrue(unnamed.isEmpty(), "controls without an accessible name: " + unnamed);
    }
}
