package fr.ptce.workbench.ui.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * Keeps the keys typed into a window while it is busy getting a screen ready (the scoring screen built for the first
 * time, a dossier's sheet loading), and replays them, in order, to whatever holds the focus once it is ready: a
 * reviewer who types Ctrl+E then « 4 ↓ 3 » at once loses no key, and no key lands on the previous dossier's sheet
 * still on screen. Shortcuts (Ctrl, Alt, Meta) pass through at once; Shift does not count (digits on AZERTY).
 */
public final class KeyBuffer {

    private final List<KeyEvent> pending = new ArrayList<>();
    private final Scene scene;

    private KeyBuffer(Scene scene) {
        this.scene = scene;
    }

    /**
     * Buffers the scene's keys while {@code busy} is true; when it turns false with keys waiting, {@code ready} runs
     * (e.g. puts the focus on the grid) and the keys are replayed to the focus owner once its focus requests have
     * settled, each after the one before has moved it. With no key waiting, nothing happens: the focus stays where
     * the user left it.
     */
    public static KeyBuffer install(Scene scene, ObservableBooleanValue busy, Runnable ready) {
        KeyBuffer buffer = new KeyBuffer(scene);
        scene.addEventFilter(KeyEvent.ANY, event -> {
            if (busy.get()
                    && !event.isShortcutDown()
                    && !event.isControlDown()
                    && !event.isAltDown()
                    && !event.isMetaDown()) {
                buffer.pending.add(event);
                event.consume();
            }
        });
        busy.addListener((observable, was, now) -> {
            if (!now && !buffer.pending.isEmpty()) {
                ready.run();
                Platform.runLater(buffer::replay);
            }
        });
        return buffer;
    }

    /** How many key events wait for the content (for the tests). */
    int pending() {
        return pending.size();
    }

    private void replay() {
        List<KeyEvent> events = new ArrayList<>(pending);
        pending.clear();
        for (KeyEvent event : events) {
            Node target = scene.getFocusOwner();
            if (target == null) {
                return;
            }
            Event.fireEvent(target, event.copyFor(target, target));
        }
    }
}
