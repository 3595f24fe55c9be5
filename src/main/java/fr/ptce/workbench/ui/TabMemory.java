package fr.ptce.workbench.ui;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Writes which screen the main window shows into a text ({@link ResumeViewModel#tabProperty()}): empty for the list
 * beside the reader, the id of the tab beside the reader on the scoring screen (Grille, Éligibilité, Avis…).
 */
final class TabMemory {

    private TabMemory() {}

    /** Keeps {@code tab} up to date as the split pane shows the scoring pane or not, and as its tab changes. */
    static void keep(SplitPane split, Node scoringPane, TabPane tabs, StringProperty tab) {
        Runnable update = () -> tab.set(split.getItems().contains(scoringPane) ? selectedId(tabs) : "");
        split.getItems().addListener((ListChangeListener<Node>) c -> update.run());
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> update.run());
    }

    private static String selectedId(TabPane tabs) {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return selected == null || selected.getId() == null ? "" : selected.getId();
    }

    /** Selects the tab of this id, if there is one. */
    static void select(TabPane tabs, String id) {
        for (Tab tab : tabs.getTabs()) {
            if (id.equals(tab.getId())) {
                tabs.getSelectionModel().select(tab);
            }
        }
    }
}
