package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.DashboardSample;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.dashboard.DashboardView;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
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

/** The dashboard tab on a scored workspace with consolidated avis (headless): charts, map, PNG export. */
@ExtendWith(ApplicationExtension.class)
class DashboardWindowTest {

    /** Leaves no window behind to take the keyboard focus from the next window test. */
    @AfterEach
    void closeEveryWindow() throws java.util.concurrent.TimeoutException {
        FxToolkit.cleanupStages();
    }

    @TempDir
    static Path folder;

    private Workspace workspace;
    private FxTaskRunner runner;

    @Start
    void start(Stage stage) throws Exception {
        Messages messages = Messages.load(Locale.FRENCH);
        runner = new FxTaskRunner(error -> Dialogs.error(stage, messages, error));
        MainViewModel viewModel = new MainViewModel(runner, messages, new WorkspaceState());
        new MainWindow(stage, viewModel, messages).show();
        workspace = Workspace.inMemory(Clock.systemUTC());
        Path samples = Files.createTempDirectory(folder, "samples");
        // filled on the writer thread: the window's setup stays short
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
        // before the window's setup, which has a time limit that a busy machine's first toolkit start can exceed
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        runner.close();
        workspace.close();
    }

    @Test
    void theDashboardShowsProgressDistributionsCalibrationAndTheMap(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("#dossierTable").queryTableView().getItems().size() == 12);
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#chart-progress").tryQuery().isPresent());

        BarChart<String, Number> progress = robot.lookup("#chart-progress").query();
        XYChart.Series<String, Number> bars = progress.getData().get(0);
        assertEquals(12, bars.getData().get(0).getYValue().intValue(), "admissibility checked");
        assertEquals(4, bars.getData().get(1).getYValue().intValue(), "scored");
        assertEquals(1, bars.getData().get(2).getYValue().intValue(), "with avis");

        BarChart<String, Number> totals = robot.lookup("#chart-totals").query();
        assertEquals(10, totals.getData().get(0).getData().size());
        assertEquals(2, totals.getData().get(0).getData().get(6).getYValue().intValue(), "two dossiers at 60–70");

        StackedBarChart<String, Number> criteria =
                robot.lookup("#chart-criteria").query();
        assertEquals(6, criteria.getData().size(), "one series per score 0 to 5");
        assertEquals(10, criteria.getData().get(0).getData().size(), "one bar per criterion");

        assertTrue(robot.lookup("#card-calibration .label").queryAll().stream()
                .anyMatch(n ->
                        ((javafx.scene.control.Label) n).getText().startsWith("Maëlle Kerjean\u00a0: 4 dossiers")));

        // the dossiers of the sample are in Bretagne and elsewhere: at least one region is coloured
        assertTrue(robot.lookup("#regionMap").tryQuery().isPresent());
        long coloured = robot.lookup("#regionMap SVGPath").queryAll().stream()
                .filter(n -> !Color.rgb(238, 238, 238).equals(((SVGPath) n).getFill()))
                .count();
        assertTrue(coloured >= 1, "coloured regions: " + coloured);
        assertEquals(18, robot.lookup("#regionMap SVGPath").queryAll().size());
    }

    @Test
    void aChartIsExportedAsAPng(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(
                60,
                TimeUnit.SECONDS,
                () -> robot.lookup("#dossierTable").queryTableView().getItems().size() == 12);
        robot.press(KeyCode.CONTROL, KeyCode.D).release(KeyCode.D, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(
                30,
                TimeUnit.SECONDS,
                () -> robot.lookup("#chartBody-totals").tryQuery().isPresent());
        DashboardView view = robot.lookup("#dashboard").queryAs(DashboardView.class);
        Path png = folder.resolve("totaux.png");
        Node body = view.chartBody("totals");
        robot.interact(() -> view.exportPng(body, png));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(png));

        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > 300 && image.getHeight() > 200, image.getWidth() + " x " + image.getHeight());
        int white = 0xFFFFFFFF;
        boolean drawn = false;
        for (int x = 0; x < image.getWidth() && !drawn; x += 3) {
            for (int y = 0; y < image.getHeight() && !drawn; y += 3) {
                drawn = image.getRGB(x, y) != white;
            }
        }
        assertTrue(drawn, "the PNG holds the chart, not a blank image");
        assertNotEquals("", robot.lookup("#dashboardExported").queryLabeled().getText());
    }
}
