package fr.ptce.workbench.ui.common;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.ui.fx.KeyFocus;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * « Claire Dumont a modifié cette décision à 10:42 »: a shared row's stored version and the one the user tried to
 * save, side by side, to keep mine or keep theirs (the avis, whose texts merge, has its own dialog). Closed
 * without a choice: nothing saved, the view shows theirs.
 */
public final class ChangeConflictDialog {

    /** The answer. */
    public enum Choice {
        KEEP_MINE,
        KEEP_THEIRS
    }

    private ChangeConflictDialog() {}

    /** Asks, showing {@code theirs} and {@code mine} as the view words them. */
    public static Optional<Choice> ask(
            Window owner, Messages messages, ConcurrentChangeException conflict, String theirs, String mine) {
        ButtonType keepMine = new ButtonType(messages.get("conflict.keepMine"), ButtonBar.ButtonData.OK_DONE);
        ButtonType keepTheirs = new ButtonType(messages.get("conflict.keepTheirs"), ButtonBar.ButtonData.NO);
        ButtonType later = new ButtonType(messages.get("conflict.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("conflict.title"));
        dialog.setHeaderText(SharedConflict.header(messages, conflict));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(
                0,
                bold(messages.format("conflict.theirs", conflict.who(), ConcurrentChangeException.time(conflict.at()))),
                bold(messages.get("conflict.mine")));
        grid.addRow(1, value("changeConflictTheirs", theirs), value("changeConflictMine", mine));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setId("changeConflictDialog");
        dialog.getDialogPane().getButtonTypes().addAll(keepMine, keepTheirs, later);
        dialog.getDialogPane().lookupButton(keepMine).setId("changeConflictKeepMine");
        dialog.getDialogPane().lookupButton(keepTheirs).setId("changeConflictKeepTheirs");
        dialog.getDialogPane().lookupButton(later).setId("changeConflictLater");
        for (ButtonType button : List.of(keepMine, keepTheirs, later)) {
            ((Region) dialog.getDialogPane().lookupButton(button)).setMinWidth(Region.USE_PREF_SIZE);
        }
        dialog.setResultConverter(
                button -> button == keepMine ? Choice.KEEP_MINE : button == keepTheirs ? Choice.KEEP_THEIRS : null);
        dialog.setResizable(true);
        return dialog.showAndWait();
    }

    /** Shows an open conflict of a view model and passes the answer back to it. */
    public static void answer(Window owner, Messages messages, SharedConflict shared, String theirs, String mine) {
        ConcurrentChangeException conflict = shared.openProperty().get();
        if (conflict == null) {
            return;
        }
        Optional<Choice> choice = ask(owner, messages, conflict, theirs, mine);
        if (choice.isPresent() && choice.get() == Choice.KEEP_MINE) {
            shared.keepMine();
        } else {
            shared.keepTheirs();
        }
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextArea value(String id, String text) {
        TextArea area = new TextArea(text == null ? "" : text);
        area.setId(id);
        area.setEditable(false);
        KeyFocus.tabLeaves(area);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPrefColumnCount(26);
        GridPane.setHgrow(area, Priority.ALWAYS);
        return area;
    }
}
