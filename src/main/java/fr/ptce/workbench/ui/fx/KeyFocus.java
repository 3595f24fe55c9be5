package fr.ptce.workbench.ui.fx;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;

/**
 * Keyboard focus that lands the first time on the desktop toolkit too: the target's skin is built (CSS and layout
 * applied) before the request, and the request is made again after the pending events when something else took the
 * focus meanwhile (GTK gives it back to the tab header or the window after a tab change).
 */
public final class KeyFocus {

    private KeyFocus() {}

    /**
     * Focuses the node now and, if a tab pane took the focus back meanwhile (its header) or nothing holds it, once
     * more after the events already queued. A control the user reached since (the next keys) keeps it.
     */
    public static void request(Node node) {
        if (node == null) {
            return;
        }
        node.requestFocus();
        Platform.runLater(() -> {
            if (node.isFocused() || node.getScene() == null || !node.isVisible()) {
                return;
            }
            Node owner = node.getScene().getFocusOwner();
            if (owner == null || owner instanceof TabPane) {
                node.requestFocus();
            }
        });
    }

    /** Builds the skins under this node (a tab's content shown for the first time has none). */
    public static void prepare(Parent node) {
        if (node != null && node.getScene() != null) {
            node.applyCss();
            node.layout();
        }
    }

    /**
     * The first control of this content that takes the keyboard focus, in the order of the scene graph: visible,
     * enabled, focus-traversable, a scroll pane or tab pane skipped for its content.
     */
    public static Optional<Node> firstControl(Node content) {
        if (content == null || !content.isVisible() || content.isDisabled()) {
            return Optional.empty();
        }
        if (content.isFocusTraversable() && !(content instanceof ScrollPane) && !(content instanceof TabPane)) {
            return Optional.of(content);
        }
        if (content instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstControl(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
