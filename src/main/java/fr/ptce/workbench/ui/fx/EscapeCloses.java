package fr.ptce.workbench.ui.fx;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Échap closes a secondary window (national view, experts): as a handler, not a filter, so that a control using
 * Échap first (a combo box's open list, a cell being edited) keeps it. Dialogs close with Échap on their own
 * (their « Fermer » or « Annuler » button).
 */
public final class EscapeCloses {

    private EscapeCloses() {}

    public static void install(Stage stage) {
        stage.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
                e.consume();
                stage.close();
            }
        });
    }
}
