package fr.ptce.workbench.ui.workspace;

import fr.ptce.workbench.domain.offline.CheckinConflict;
import fr.ptce.workbench.domain.offline.CheckinReport;
import fr.ptce.workbench.domain.offline.Keep;
import fr.ptce.workbench.ui.fx.KeyFocus;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A check-in's conflicts: per dossier, each unit changed here and on the server, both versions side by side, and
 * « Garder la mienne » / « Garder celle du serveur » for the dossier; sending needs a choice for every dossier.
 */
public final class CheckinConflictDialog {

    private CheckinConflictDialog() {}

    /** The choice per dossier, or empty when the user decides later. */
    public static Optional<Map<String, Keep>> ask(Window owner, Messages messages, CheckinReport report) {
        ButtonType send = new ButtonType(messages.get("offline.conflicts.send"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(messages.get("offline.conflicts.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<Map<String, Keep>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setResizable(true);
        dialog.setTitle(messages.get("offline.conflicts.title"));
        dialog.setHeaderText(messages.get("offline.conflicts.header"));
        Map<String, ToggleGroup> choices = new LinkedHashMap<>();
        VBox dossiers = new VBox(14);
        for (String dossier : report.conflictingDossiers()) {
            ToggleGroup group = new ToggleGroup();
            choices.put(dossier, group);
            dossiers.getChildren().add(dossier(messages, report, dossier, group));
        }
        ScrollPane scroll = new ScrollPane(dossiers);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(560, 280 * report.conflicts().size()));
        scroll.setPrefViewportWidth(880);
        dialog.getDialogPane().setContent(scroll);
        // both versions side by side need the width: a dialog otherwise takes its header's
        dialog.getDialogPane().setMinWidth(900);
        dialog.getDialogPane().setPrefWidth(940);
        dialog.getDialogPane().setId("checkinConflictDialog");
        dialog.getDialogPane().getButtonTypes().addAll(send, later);
        dialog.getDialogPane().lookupButton(send).setId("checkinConflictSend");
        dialog.getDialogPane().lookupButton(later).setId("checkinConflictLater");
        dialog.getDialogPane()
                .lookupButton(send)
                .disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> choices.values().stream().anyMatch(g -> g.getSelectedToggle() == null),
                        choices.values().stream()
                                .map(ToggleGroup::selectedToggleProperty)
                                .toArray(javafx.beans.Observable[]::new)));
        dialog.setResultConverter(button -> {
            if (button != send) {
                return null;
            }
            Map<String, Keep> chosen = new LinkedHashMap<>();
            choices.forEach((dossier, group) ->
                    chosen.put(dossier, (Keep) group.getSelectedToggle().getUserData()));
            return chosen;
        });
        return dialog.showAndWait();
    }

    private static VBox dossier(Messages messages, CheckinReport report, String dossier, ToggleGroup group) {
        Label title = new Label(messages.format("offline.conflicts.dossier", dossier));
        title.getStyleClass().add("title-4");
        GridPane versions = new GridPane();
        versions.setHgap(10);
        versions.setVgap(4);
        int row = 0;
        for (CheckinConflict conflict : OfflineViewModel.of(report, dossier)) {
            versions.add(new Label(conflict.unit()), 0, row++, 2, 1);
            versions.add(new Label(messages.get("offline.conflicts.mine")), 0, row);
            String version = conflict.serverVersion().isEmpty()
                    ? ""
                    : messages.format(
                            "offline.conflicts.version", OfflineViewModel.shownVersion(conflict.serverVersion()));
            List<String> shown = OfflineViewModel.differences(conflict.local(), conflict.server());
            versions.add(new Label(messages.format("offline.conflicts.theirs", version)), 1, row++);
            versions.add(text("checkinMine-" + dossier, messages, conflict.local(), shown.get(0)), 0, row);
            versions.add(text("checkinTheirs-" + dossier, messages, conflict.server(), shown.get(1)), 1, row++);
        }
        RadioButton mine = radio(messages.get("offline.conflicts.keepMine"), "checkinKeepMine-" + dossier, Keep.LOCAL);
        RadioButton theirs =
                radio(messages.get("offline.conflicts.keepTheirs"), "checkinKeepTheirs-" + dossier, Keep.SERVER);
        mine.setToggleGroup(group);
        theirs.setToggleGroup(group);
        javafx.scene.layout.Region space = new javafx.scene.layout.Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        HBox header = new HBox(16, title, space, mine, theirs);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, header, versions);
    }

    /** A version's differences, one field a line; « (supprimé) » for a unit deleted on that side. */
    private static TextArea text(String id, Messages messages, String version, String shown) {
        TextArea area = new TextArea(version.isEmpty() ? messages.get("offline.conflicts.deleted") : shown);
        area.setId(id);
        area.setEditable(false);
        KeyFocus.tabLeaves(area);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(10, Math.max(3, (int) shown.lines().count())));
        area.setPrefColumnCount(40);
        GridPane.setHgrow(area, Priority.ALWAYS);
        return area;
    }

    private static RadioButton radio(String text, String id, Keep keep) {
        RadioButton button = new RadioButton(text);
        button.setId(id);
        button.setUserData(keep);
        return button;
    }
}
