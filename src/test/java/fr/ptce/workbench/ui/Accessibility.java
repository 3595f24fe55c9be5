package fr.ptce.workbench.ui;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;

/**
 * The controls of a scene graph that a screen reader could not name: a button, text field, combo box, check box,
 * toggle, spinner, slider, list or table with no text, no accessible text and no label pointing at it. The parts of a
 * control's own skin (a spinner's editor, a combo box's button) and the contents of table cells are left out.
 */
final class Accessibility {

    private Accessibility() {}

    /** A description of every unnamed control under the root, empty when all have a name. */
    static List<String> unnamed(Parent root) {
        List<Node> all = new ArrayList<>();
        collect(root, all);
        Map<Node, Boolean> labelled = new IdentityHashMap<>();
        for (Node node : all) {
            if (node instanceof Label label && label.getLabelFor() != null) {
                labelled.put(label.getLabelFor(), true);
            }
        }
        List<String> unnamed = new ArrayList<>();
        for (Node node : all) {
            if (needsName(node) && !insideAnotherControl(node) && !named(node, labelled)) {
                unnamed.add(node.getClass().getSimpleName() + "#" + node.getId() + " in " + path(node));
            }
        }
        return unnamed;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    static boolean needsName(Node node) {
        return node instanceof ButtonBase
                || node instanceof TextInputControl
                || node instanceof ComboBoxBase
                || node instanceof ChoiceBox
                || node instanceof Spinner
                || node instanceof Slider
                || node instanceof TableView
                || node instanceof ListView;
    }

    private static boolean named(Node node, Map<Node, Boolean> labelled) {
        if (node.getAccessibleText() != null && !node.getAccessibleText().isBlank()) {
            return true;
        }
        if (node instanceof Labeled labeled
                && labeled.getText() != null
                && !labeled.getText().isBlank()) {
            return true;
        }
        return labelled.containsKey(node);
    }

    /** Part of another control's skin or of a table cell: that control carries the name. */
    private static boolean insideAnotherControl(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Control
                    && !(p instanceof ScrollPane
                            || p instanceof TabPane
                            || p instanceof SplitPane
                            || p instanceof TitledPane
                            || p instanceof Accordion
                            || p instanceof ToolBar
                            || p instanceof ButtonBar)) {
                return true;
            }
        }
        return false;
    }

    private static String path(Node node) {
        StringBuilder path = new StringBuilder();
        for (Parent p = node.getParent(); p != null && path.length() < 200; p = p.getParent()) {
            if (p.getId() != null) {
                path.append(p.getId()).append(" < ");
            }
        }
        return path.toString();
    }
}
