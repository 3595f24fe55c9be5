package fr.ptce.workbench.ui.help;

import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;

/** The F1 overlay: every keyboard shortcut of the window and what it does. */
public final class ShortcutsHelp {

    private ShortcutsHelp() {}

    public static void show(Stage owner, Messages messages) {
        GridPane grid = new GridPane();
        grid.setId("shortcutsGrid");
        grid.setHgap(16);
        grid.setVgap(4);
        int row = 0;
        for (Shortcuts.Shortcut shortcut : Shortcuts.ALL) {
            Label keys = new Label(messages.get(shortcut.keysKey()));
            keys.getStyleClass().add("field-name");
            Label action = new Label(messages.get(shortcut.actionKey()));
            action.setWrapText(true);
            action.setMaxWidth(560);
            action.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            keys.setLabelFor(action);
            grid.addRow(row++, keys, action);
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", Dialogs.closeButton(messages));
        alert.initOwner(owner);
        alert.setTitle(messages.get("shortcuts.title"));
        alert.setHeaderText(messages.get("shortcuts.header"));
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcutsHelp");
        alert.show();
    }
}
