package fr.ptce.workbench.ui;

import fr.ptce.workbench.ui.common.UiPreferences;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** Fichier > Espaces récents: the workspaces opened last, read each time the menu opens; a gone folder is forgotten. */
final class RecentWorkspacesMenu extends Menu {

    RecentWorkspacesMenu(UiPreferences preferences, MainViewModel viewModel, Messages messages) {
        super(messages.get("menu.file.recent"));
        setId("menuRecent");
        setMnemonicParsing(true);
        MenuItem placeholder = new MenuItem(messages.get("menu.file.recent.none"));
        placeholder.setDisable(true);
        getItems().add(placeholder);
        setOnShowing(e -> {
            getItems().clear();
            int index = 1;
            for (Path folder : preferences.recentWorkspaces()) {
                if (!Files.isDirectory(folder)) {
                    preferences.forgetWorkspace(folder);
                    continue;
                }
                MenuItem item = new MenuItem("_" + index + "  " + folder);
                item.setId("recentWorkspace-" + index);
                item.setMnemonicParsing(true);
                item.setOnAction(a -> viewModel.openFolder(folder));
                getItems().add(item);
                index++;
            }
            if (getItems().isEmpty()) {
                getItems().add(placeholder);
            }
        });
    }
}
