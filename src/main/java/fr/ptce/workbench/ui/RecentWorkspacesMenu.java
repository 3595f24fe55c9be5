package fr.ptce.workbench.ui;

import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.ui.common.UiPreferences;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * Fichier > Espaces récents: the workspaces opened last, folders and shared workspaces' addresses (no password), read
 * each time the menu opens; a gone folder is forgotten.
 */
final class RecentWorkspacesMenu extends Menu {

    RecentWorkspacesMenu(
            UiPreferences preferences,
            MainViewModel viewModel,
            Messages messages,
            Consumer<PostgresAddress> openShared) {
        super(messages.get("menu.file.recent"));
        setId("menuRecent");
        setMnemonicParsing(true);
        MenuItem placeholder = new MenuItem(messages.get("menu.file.recent.none"));
        placeholder.setDisable(true);
        getItems().add(placeholder);
        setOnShowing(e -> {
            getItems().clear();
            int index = 1;
            for (String entry : preferences.recentEntries()) {
                MenuItem item = new MenuItem("_" + index + "  " + entry);
                if (PostgresAddress.isAddress(entry)) {
                    // a shared workspace: its address, never a password; the password from the environment or asked
                    item.setOnAction(a -> openShared.accept(PostgresAddress.parse(entry)));
                } else {
                    Path folder = Path.of(entry);
                    if (!Files.isDirectory(folder)) {
                        preferences.forgetWorkspace(folder);
                        continue;
                    }
                    item.setOnAction(a -> viewModel.openFolder(folder));
                }
                item.setId("recentWorkspace-" + index);
                item.setMnemonicParsing(true);
                getItems().add(item);
                index++;
            }
            if (getItems().isEmpty()) {
                getItems().add(placeholder);
            }
        });
    }
}
