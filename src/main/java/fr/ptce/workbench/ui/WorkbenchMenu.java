package fr.ptce.workbench.ui;

import fr.ptce.workbench.application.WorkspaceLocations;
import java.io.File;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/** The menu bar: Fichier (import, open, demo, quit) and Aide (about), with mnemonics and shortcuts. */
final class WorkbenchMenu extends MenuBar {

    private final Stage stage;
    private final MainViewModel viewModel;
    private final Messages messages;

    WorkbenchMenu(Stage stage, MainViewModel viewModel, Messages messages) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.messages = messages;
        setId("menuBar");

        MenuItem importItem = item("menu.file.import", "menuImport", e -> chooseImport());
        importItem.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        importItem.disableProperty().bind(viewModel.workspaceState().openBinding().not());
        MenuItem open = item("menu.file.open", "menuOpen", e -> chooseWorkspace());
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        MenuItem demo = item("menu.file.demo", "menuDemo",
                e -> viewModel.openDemo(WorkspaceLocations.demoWorkspace()));
        MenuItem national = item("menu.file.national", "menuNational",
                e -> NationalWindow.show(stage, viewModel, messages));
        national.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+N"));
        national.disableProperty().bind(viewModel.workspaceState().openBinding().not());
        MenuItem quit = item("menu.file.quit", "menuQuit", e -> Platform.exit());
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu file = new Menu(messages.get("menu.file"), null, importItem, national, new SeparatorMenuItem(), open,
                demo, new SeparatorMenuItem(), quit);
        file.setId("menuFile");

        MenuItem experts = item("menu.experts.open", "menuExperts",
                e -> new ExpertsWindow(stage, viewModel.experts(), messages).show());
        experts.disableProperty().bind(viewModel.workspaceState().openBinding().not());
        Menu expertMenu = new Menu(messages.get("menu.experts"), null, experts);
        expertMenu.setId("menuExpertsMenu");

        MenuItem about = item("menu.help.about", "menuAbout", e -> Dialogs.about(stage, messages));
        Menu help = new Menu(messages.get("menu.help"), null, about);
        help.setId("menuHelp");
        getMenus().addAll(file, expertMenu, help);
    }

    private MenuItem item(String key, String id, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setMnemonicParsing(true);
        item.setOnAction(action);
        return item;
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("chooser.import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("chooser.import.filter"), "*.xlsx", "*.csv"),
                new FileChooser.ExtensionFilter(messages.get("chooser.import.xlsx"), "*.xlsx"),
                new FileChooser.ExtensionFilter(messages.get("chooser.import.csv"), "*.csv"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            viewModel.importFile(file.toPath());
        }
    }

    private void chooseWorkspace() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("chooser.workspace.title"));
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            viewModel.openFolder(folder.toPath());
        }
    }
}
