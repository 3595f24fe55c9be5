package fr.ptce.workbench.ui;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** Keeps a tab pane's selected tab and a text (the tab's id) the same, whichever side changes. */
final class TabMemory {

    private TabMemory() {
    }

    static void keep(TabPane tabs, StringProperty tabId) {
        select(tabs, tabId.get());
        tabId.addListener((o, old, now) -> select(tabs, now));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now.getId() != null) {
                tabId.set(now.getId());
            }
        });
    }

    private static void select(TabPane tabs, String id) {
        for (Tab tab : tabs.getTabs()) {
            if (tab.getId() != null && tab.getId().equals(id)) {
                tabs.getSelectionModel().select(tab);
            }
        }
    }
}
