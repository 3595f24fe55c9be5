package fr.ptce.workbench.ui.fx;

import javafx.animation.PauseTransition;
import javafx.scene.control.TextInputControl;
import javafx.util.Duration;

/** Ties a text field to a draft text: saved half a second after the last keystroke, and when the field loses focus. */
public final class Debounce {

    static final Duration PAUSE = Duration.millis(500);

    private Debounce() {}

    /** Binds the field to the draft and commits it after a pause in typing and on focus loss. */
    public static void attach(TextInputControl field, DraftText draft) {
        field.textProperty().bindBidirectional(draft.textProperty());
        PauseTransition pause = new PauseTransition(PAUSE);
        pause.setOnFinished(e -> draft.commit());
        field.textProperty().addListener((o, old, now) -> {
            if (field.isFocused()) {
                pause.playFromStart();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                pause.stop();
                draft.commit();
            }
        });
    }
}
