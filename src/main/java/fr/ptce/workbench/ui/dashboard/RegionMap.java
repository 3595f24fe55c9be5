package fr.ptce.workbench.ui.dashboard;

import fr.ptce.workbench.application.listing.Dashboard.RegionCount;
import fr.ptce.workbench.ui.common.RegionShapes;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;

/** The map of France's regions coloured by number of dossiers, from white to dark blue, with a legend. */
final class RegionMap extends VBox {

    private static final Color NONE = Color.rgb(238, 238, 238);
    private static final Color LOW = Color.rgb(218, 218, 252);
    private static final Color HIGH = Color.rgb(0, 0, 145);
    private static final double SCALE = 0.40;

    RegionMap(List<RegionCount> counts, Messages messages) {
        super(6);
        setId("regionMap");
        Map<String, RegionCount> byKey = new HashMap<>();
        counts.forEach(c -> byKey.merge(
                RegionShapes.key(c.region()),
                c,
                (a, b) -> new RegionCount(a.region(), a.dossiers() + b.dossiers(), a.invited() + b.invited())));
        int max = counts.stream().mapToInt(RegionCount::dossiers).max().orElse(0);
        Group shapes = new Group();
        for (RegionShapes.Shape shape : RegionShapes.all()) {
            RegionCount count = byKey.get(RegionShapes.key(shape.name()));
            SVGPath path = new SVGPath();
            path.setContent(shape.path());
            path.setId("region-" + shape.code());
            path.setFill(count == null ? NONE : colour(count.dossiers(), max));
            path.setStroke(Color.rgb(90, 90, 90));
            path.setStrokeWidth(1.2);
            int dossiers = count == null ? 0 : count.dossiers();
            int invited = count == null ? 0 : count.invited();
            String text = messages.format(
                    "dashboard.map.tooltip.text",
                    shape.name(),
                    messages.count("count.dossier", dossiers),
                    messages.count("count.proposedPhase2", invited));
            path.setAccessibleText(text);
            Tooltip.install(path, new Tooltip(text));
            shapes.getChildren().add(path);
        }
        shapes.setScaleX(SCALE);
        shapes.setScaleY(SCALE);
        Group scaled = new Group(shapes);
        getChildren().addAll(scaled, legend(max, messages), new Label(messages.get("dashboard.map.source")));
        getStyleClass().add("region-map");
    }

    /** The fill of a region: light blue for 1 dossier to dark blue for the maximum. */
    static Color colour(int dossiers, int max) {
        if (dossiers <= 0 || max <= 0) {
            return NONE;
        }
        double t = max == 1 ? 1 : (dossiers - 1) / (double) (max - 1);
        return LOW.interpolate(HIGH, t);
    }

    private static HBox legend(int max, Messages messages) {
        HBox legend = new HBox(4);
        legend.getChildren().add(new Label(messages.get("dashboard.map.legend")));
        legend.getChildren().add(swatch(NONE, "0"));
        if (max > 0) {
            legend.getChildren().add(swatch(LOW, "1"));
        }
        if (max > 1) {
            legend.getChildren().add(swatch(HIGH, Integer.toString(max)));
        }
        return legend;
    }

    private static HBox swatch(Color colour, String text) {
        Region box = new Region();
        box.setMinSize(14, 14);
        box.setStyle("-fx-background-color: " + web(colour) + "; -fx-border-color: #5a5a5a;");
        return new HBox(3, box, new Label(text));
    }

    private static String web(Color c) {
        return String.format(
                "#%02x%02x%02x",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
