package fr.ptce.workbench.ui.dashboard;

import fr.ptce.workbench.application.listing.Dashboard;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.stats.Bin;
import fr.ptce.workbench.domain.stats.Histogram;
import fr.ptce.workbench.domain.stats.ReviewerCalibration;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;

/** The dashboard's JavaFX charts, each built from the computed figures; no animation, so snapshots are complete. */
final class DashboardCharts {

    private final Messages messages;

    DashboardCharts(Messages messages) {
        this.messages = messages;
    }

    /** Dossiers with admissibility checked, scored, with avis, against all of them. */
    BarChart<String, Number> progress(Dashboard d) {
        BarChart<String, Number> chart = bars(messages.get("dashboard.count"));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(messages.count("dashboard.progress.of", d.dossierCount()));
        series.getData().add(new XYChart.Data<>(messages.get("dashboard.progress.checked"), d.admissibilityChecked()));
        series.getData().add(new XYChart.Data<>(messages.get("dashboard.progress.scored"), d.scored()));
        series.getData().add(new XYChart.Data<>(messages.get("dashboard.progress.avis"), d.withAvis()));
        chart.getData().add(series);
        ((NumberAxis) chart.getYAxis()).setAutoRanging(false);
        ((NumberAxis) chart.getYAxis()).setUpperBound(Math.max(1, d.dossierCount()));
        ((NumberAxis) chart.getYAxis()).setTickUnit(Math.max(1, Math.ceil(d.dossierCount() / 10.0)));
        return chart;
    }

    /** The histogram of the dossiers' totals out of 100. */
    BarChart<String, Number> totals(Dashboard d) {
        BarChart<String, Number> chart = bars(messages.get("dashboard.count"));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(messages.get("dashboard.totals.series"));
        for (Bin bin : d.totals().bins()) {
            series.getData().add(new XYChart.Data<>(number(bin.lower()) + "–" + number(bin.upper()), bin.count()));
        }
        chart.getData().add(series);
        return chart;
    }

    /** Every criterion's scores, stacked by value: one bar per criterion, one colour per score. */
    StackedBarChart<String, Number> criteria(Dashboard d) {
        StackedBarChart<String, Number> chart = new StackedBarChart<>(new CategoryAxis(), countAxis());
        chart.setAnimated(false);
        // one series per score, in the order of the scores: 0 the lightest tint of the accent, 5 the accent itself
        chart.getStyleClass().add("criteria-chart");
        chart.getXAxis().setLabel(messages.get("dashboard.criteria.axis"));
        List<Bin> scale =
                d.criteria().values().stream().findFirst().map(Histogram::bins).orElse(List.of());
        for (int i = 0; i < scale.size(); i++) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(messages.format(
                    "dashboard.criteria.score", number(scale.get(i).lower())));
            for (Map.Entry<String, Histogram> e : d.criteria().entrySet()) {
                series.getData()
                        .add(new XYChart.Data<>(
                                e.getKey(), e.getValue().bins().get(i).count()));
            }
            chart.getData().add(series);
        }
        return chart;
    }

    /** Recevable / incomplet / hors délai. */
    PieChart admissibility(Dashboard d) {
        PieChart chart = pie();
        for (Admissibility a : Admissibility.values()) {
            int n = d.admissibility().getOrDefault(a, 0);
            if (n > 0) {
                PieChart.Data slice =
                        new PieChart.Data(messages.get("enum.Admissibility." + a.name()) + " (" + n + ")", n);
                chart.getData().add(slice);
                colour(slice, Nodes.tone(a));
            }
        }
        return chart;
    }

    /** Favorable / favorable avec réserves / défavorable, and the dossiers without avis. */
    PieChart recommendations(Dashboard d) {
        PieChart chart = pie();
        for (Recommendation r : Recommendation.values()) {
            int n = d.recommendations().getOrDefault(r, 0);
            if (n > 0) {
                PieChart.Data slice = new PieChart.Data(messages.get("column.avis." + r.name()) + " (" + n + ")", n);
                chart.getData().add(slice);
                colour(slice, tone(r));
            }
        }
        int without = d.dossierCount() - d.withAvis();
        if (without > 0) {
            PieChart.Data slice =
                    new PieChart.Data(messages.get("dashboard.recommendations.none") + " (" + without + ")", without);
            chart.getData().add(slice);
            colour(slice, Nodes.Tone.NEUTRAL);
        }
        return chart;
    }

    /** The dossiers meeting each target (a), (b), (c). */
    BarChart<String, Number> targets(Dashboard d) {
        BarChart<String, Number> chart = bars(messages.get("dashboard.count"));
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(messages.get("dashboard.targets.series"));
        for (String t : List.of("a", "b", "c")) {
            series.getData()
                    .add(new XYChart.Data<>(
                            messages.get("dashboard.targets." + t), d.targets().getOrDefault(t, 0)));
        }
        chart.getData().add(series);
        return chart;
    }

    /** Each reviewer's mean total and their mean gap to the others on the same dossiers. */
    BarChart<String, Number> calibration(Dashboard d) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setAnimated(false);
        chart.getStyleClass().add("calibration-chart");
        chart.getYAxis().setLabel(messages.get("dashboard.calibration.axis"));
        XYChart.Series<String, Number> mean = new XYChart.Series<>();
        mean.setName(messages.get("dashboard.calibration.mean"));
        XYChart.Series<String, Number> gap = new XYChart.Series<>();
        gap.setName(messages.get("dashboard.calibration.gap"));
        for (ReviewerCalibration c : d.calibration()) {
            String name = c.reviewer() + " (" + c.dossiers() + ")";
            mean.getData().add(new XYChart.Data<>(name, c.meanTotal()));
            gap.getData().add(new XYChart.Data<>(name, c.meanGap() == null ? 0 : c.meanGap()));
        }
        chart.getData().add(mean);
        chart.getData().add(gap);
        return chart;
    }

    /** A reviewer's line of the calibration table: mean ± spread, gap ± its spread over the shared dossiers. */
    String calibrationLine(ReviewerCalibration c) {
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        f.setMaximumFractionDigits(1);
        String gap = c.meanGap() == null
                ? messages.get("dashboard.calibration.noShared")
                : messages.count(
                        "dashboard.calibration.gapLine",
                        c.shared(),
                        (c.meanGap() > 0 ? "+" : "") + f.format(c.meanGap()),
                        f.format(c.gapSpread()));
        return messages.count(
                "dashboard.calibration.line",
                c.dossiers(),
                c.reviewer(),
                f.format(c.meanTotal()),
                f.format(c.spread()),
                gap);
    }

    private BarChart<String, Number> bars(String yLabel) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), countAxis());
        chart.setAnimated(false);
        chart.getYAxis().setLabel(yLabel);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("accent-bars");
        return chart;
    }

    /** An axis of dossier counts: whole numbers only on its labels. */
    private static NumberAxis countAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v == Math.rint(v) ? Long.toString(Math.round(v)) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.valueOf(text);
            }
        });
        return axis;
    }

    /** The colour of a recommendation, as its badge: green favorable, amber with reservations, red unfavorable. */
    static Nodes.Tone tone(Recommendation r) {
        return switch (r) {
            case FAVORABLE -> Nodes.Tone.GOOD;
            case FAVORABLE_WITH_RESERVATIONS -> Nodes.Tone.WARNING;
            case UNFAVORABLE -> Nodes.Tone.BAD;
        };
    }

    /**
     * Gives a slice the badges' colour of its meaning (the -ptce-chart-* colours of workbench.css, dark or light), as
     * its own style: the pie gives its slices the stock colours by position and resets their style classes.
     */
    static void colour(PieChart.Data slice, Nodes.Tone tone) {
        String colour = switch (tone) {
            case GOOD -> "-ptce-chart-good";
            case WARNING -> "-ptce-chart-warning";
            case BAD -> "-ptce-chart-bad";
            case NEUTRAL -> "-ptce-chart-neutral";
        };
        slice.getNode().setStyle("-fx-pie-color: " + colour + "; -fx-background-color: " + colour + ";");
    }

    private static PieChart pie() {
        PieChart chart = new PieChart(FXCollections.observableArrayList());
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        return chart;
    }

    private String number(BigDecimal value) {
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        f.setMaximumFractionDigits(1);
        return f.format(value);
    }
}
