package fr.ptce.workbench.ui.fx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

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

    /**
     * Tab and Shift+Tab leave this read-only text area for the next or previous control of its window, as from any
     * other control (a text area keeps Tab to insert a tab, and a read-only one then holds the focus for good);
     * Ctrl+Tab still does too. Editable again, it inserts tabs again.
     */
    public static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB
                    || area.isEditable()
                    || e.isControlDown()
                    || e.isAltDown()
                    || e.isMetaDown()
                    || e.isShortcutDown()
                    || area.getScene() == null) {
                return;
            }
            e.consume();
            List<Node> order = new ArrayList<>();
            collectTraversable(area.getScene().getRoot(), order);
            int at = order.indexOf(area);
            if (order.size() > 1 && at >= 0) {
                int step = e.isShiftDown() ? -1 : 1;
                order.get(Math.floorMod(at + step, order.size())).requestFocus();
            }
        });
    }

    /** The controls that take the focus with Tab, in the order of the scene graph (the toolkit's Tab order). */
    static void collectTraversable(Node node, List<Node> order) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            order.add(node);
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTraversable(child, order));
        }
    }
}
