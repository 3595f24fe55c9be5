package fr.ptce.workbench.ui.dashboard;

import fr.ptce.workbench.application.listing.Dashboard;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/** The Tableau de bord tab: one card per chart, each with its title and a PNG export button. */
public final class DashboardView extends BorderPane {

    private static final double CARD_WIDTH = 460;
    private static final double CARD_HEIGHT = 300;

    private final DashboardViewModel viewModel;
    private final Messages messages;
    private final DashboardCharts charts;
    private final FlowPane cards = new FlowPane(12, 12);

    public DashboardView(DashboardViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.charts = new DashboardCharts(messages);
        setId("dashboard");
        cards.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        Button refresh = new Button(messages.get("dashboard.refresh"));
        refresh.setId("dashboardRefresh");
        refresh.setOnAction(e -> viewModel.refresh());
        Label exported = new Label();
        exported.setId("dashboardExported");
        exported.textProperty().bind(viewModel.lastExportProperty());
        HBox bar = new HBox(12, refresh, exported);
        bar.setPadding(new Insets(12, 16, 0, 16));
        setTop(bar);

        viewModel.dashboardProperty().addListener((o, old, now) -> show(now));
        show(viewModel.dashboardProperty().get());
    }

    private void show(Dashboard d) {
        cards.getChildren().clear();
        if (d == null) {
            cards.getChildren().add(new Label(messages.get("dashboard.empty")));
            return;
        }
        cards.getChildren()
                .add(card(
                        "progress", messages.count("dashboard.progress.title", d.dossierCount()), charts.progress(d)));
        if (!d.regions().isEmpty()) {
            cards.getChildren()
                    .add(card("map", messages.get("dashboard.map.title"), new RegionMap(d.regions(), messages)));
        }
        cards.getChildren().add(card("totals", messages.get("dashboard.totals.title"), charts.totals(d)));
        cards.getChildren().add(card("criteria", messages.get("dashboard.criteria.title"), charts.criteria(d)));
        cards.getChildren()
                .add(card("admissibility", messages.get("dashboard.admissibility.title"), charts.admissibility(d)));
        cards.getChildren().add(card("targets", messages.get("dashboard.targets.title"), charts.targets(d)));
        cards.getChildren()
                .add(card(
                        "recommendations", messages.get("dashboard.recommendations.title"), charts.recommendations(d)));
        VBox calibration = new VBox(4, charts.calibration(d));
        d.calibration().forEach(c -> {
            Label line = new Label(charts.calibrationLine(c));
            line.setWrapText(true);
            line.setMaxWidth(CARD_WIDTH - 24);
            calibration.getChildren().add(line);
        });
        if (d.calibration().isEmpty()) {
            calibration.getChildren().add(new Label(messages.get("dashboard.calibration.none")));
        }
        cards.getChildren().add(card("calibration", messages.get("dashboard.calibration.title"), calibration));
    }

    private VBox card(String id, String title, Node content) {
        Button export = new Button(messages.get("dashboard.export"));
        export.setId("export-" + id);
        VBox body = new VBox(6, Nodes.heading(title, "dashboardTitle-" + id), content);
        body.setId("chartBody-" + id);
        body.setPadding(new Insets(4));
        body.getStyleClass().add("chart-body");
        if (content instanceof Chart chart) {
            chart.setPrefHeight(CARD_HEIGHT);
            chart.setId("chart-" + id);
            VBox.setVgrow(chart, Priority.ALWAYS);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox card = new VBox(2, new HBox(spacer, export), body);
        card.setId("card-" + id);
        card.getStyleClass().add("dashboard-card");
        card.setPadding(new Insets(8));
        card.setPrefWidth(CARD_WIDTH);
        export.setOnAction(e -> choosePng(id, body));
        return card;
    }

    private void choosePng(String id, Node content) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("chooser.png.title"));
        chooser.setInitialFileName(messages.get("dashboard.fileName") + "-" + id + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("chooser.png.filter"), "*.png"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            exportPng(content, file.toPath());
        }
    }

    /** Saves what a node shows now as a PNG file (the chart with its title and legend, on white). */
    public void exportPng(Node content, java.nio.file.Path target) {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(javafx.scene.paint.Color.WHITE);
        WritableImage image = content.snapshot(parameters, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        viewModel.exportPng(width, height, argb, target);
    }

    /** What a card exports: its title and chart, by the card's id ("totals", "map"…). */
    public Node chartBody(String id) {
        return lookup("#chartBody-" + id);
    }
}
