package fr.ptce.workbench.ui;

import fr.ptce.workbench.application.WorkspaceLocations;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.ui.common.UiPreferences;
import fr.ptce.workbench.ui.experts.ExpertsWindow;
import fr.ptce.workbench.ui.exporting.ExportAvisDialogs;
import fr.ptce.workbench.ui.exporting.ExportAvisViewModel;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FileAsker;
import fr.ptce.workbench.ui.fx.FolderOpener;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Theme;
import fr.ptce.workbench.ui.help.ShortcutsHelp;
import fr.ptce.workbench.ui.help.UserGuide;
import fr.ptce.workbench.ui.national.LettersWindow;
import fr.ptce.workbench.ui.national.NationalWindow;
import fr.ptce.workbench.ui.workspace.PurgeDialog;
import fr.ptce.workbench.ui.workspace.WorkspaceToolsViewModel;
import java.io.File;
import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The menu bar: Fichier (import, avis export for PESSII, open, recent workspaces, demo, backup, restore, purge,
 * settings, quit), Affichage (dashboard, dark theme) and Aide (keyboard shortcuts, the user's guide, about), with
 * mnemonics and shortcuts.
 */
final class WorkbenchMenu extends MenuBar {

    private final Stage stage;
    private final MainViewModel viewModel;
    private final Messages messages;
    private final MenuItem dashboard;
    private final MenuItem settings;
    private FileAsker files;
    private FolderOpener folders = FolderOpener.NONE;

    WorkbenchMenu(Stage stage, MainViewModel viewModel, Messages messages, UiPreferences preferences) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.messages = messages;
        this.files = FileAsker.system(stage);
        setId("menuBar");

        MenuItem importItem = item("menu.file.import", "menuImport", e -> chooseImport());
        importItem.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        importItem
                .disableProperty()
                .bind(viewModel.workspaceState().openBinding().not());
        MenuItem importPhase2 = item("menu.file.importPhase2", "menuImportPhase2", e -> choosePhase2Import());
        importPhase2
                .disableProperty()
                .bind(viewModel.workspaceState().openBinding().not());
        MenuItem open = item("menu.file.open", "menuOpen", e -> chooseWorkspace());
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        SharedOpening shared = new SharedOpening(stage, viewModel, messages);
        MenuItem openShared = item("menu.file.openShared", "menuOpenShared", e -> shared.ask());
        OfflineMenu offline = new OfflineMenu(stage, viewModel, messages, () -> files);
        MenuItem demo = item("menu.file.demo", "menuDemo", e -> viewModel.openDemo(WorkspaceLocations.demoWorkspace()));
        MenuItem national = item(
                "menu.file.national",
                "menuNational",
                e -> NationalWindow.show(stage, viewModel.national(), viewModel.runner(), messages));
        national.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+N"));
        national.disableProperty().bind(viewModel.workspaceState().openBinding().not());
        MenuItem letters = item(
                "menu.file.letters",
                "menuLetters",
                e -> LettersWindow.show(stage, viewModel.national().letters(), viewModel.runner(), messages));
        letters.disableProperty().bind(viewModel.workspaceState().openBinding().not());
        MenuItem exportAvis = item("menu.file.exportAvis", "menuExportAvis", e -> exportAvis());
        exportAvis.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+E"));
        exportAvis
                .disableProperty()
                .bind(viewModel.workspaceState().openBinding().not());
        MenuItem backup = item("menu.file.backup", "menuBackup", e -> chooseBackup());
        backup.disableProperty().bind(viewModel.workspaceState().openBinding().not());
        MenuItem restore = item("menu.file.restore", "menuRestore", e -> chooseRestore());
        MenuItem purge = item("menu.file.purge", "menuPurge", e -> askPurge());
        purge.disableProperty().bind(viewModel.workspaceState().openBinding().not());
        MenuItem quit = item("menu.file.quit", "menuQuit", e -> Platform.exit());
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        Menu recent = new RecentWorkspacesMenu(preferences, viewModel, messages, shared::reopen);
        settings = item("menu.file.settings", "menuSettings", e -> {});
        settings.setAccelerator(KeyCombination.keyCombination("Shortcut+COMMA"));
        Menu file = new Menu(
                messages.get("menu.file"),
                null,
                importItem,
                importPhase2,
                exportAvis,
                national,
                letters,
                new SeparatorMenuItem(),
                open,
                openShared,
                offline.checkoutItem(),
                offline.checkinItem(),
                recent,
                demo,
                new SeparatorMenuItem(),
                backup,
                restore,
                purge,
                new SeparatorMenuItem(),
                settings,
                new SeparatorMenuItem(),
                quit);
        file.setId("menuFile");
        file.setOnShowing(e -> offline.refresh());

        MenuItem experts = item(
                "menu.experts.open",
                "menuExperts",
                e -> new ExpertsWindow(stage, viewModel.experts(), messages).show());
        experts.disableProperty().bind(viewModel.workspaceState().openBinding().not());
        Menu expertMenu = new Menu(messages.get("menu.experts"), null, experts);
        expertMenu.setId("menuExpertsMenu");

        dashboard = item("menu.view.dashboard", "menuDashboard", e -> {});
        dashboard.setAccelerator(KeyCombination.keyCombination("Shortcut+D"));
        javafx.scene.control.CheckMenuItem dark =
                new javafx.scene.control.CheckMenuItem(messages.get("menu.view.darkTheme"));
        dark.setId("menuDarkTheme");
        dark.setMnemonicParsing(true);
        dark.setSelected(preferences.theme() == Theme.DARK);
        dark.selectedProperty().addListener((o, was, on) -> {
            Theme theme = on ? Theme.DARK : Theme.LIGHT;
            preferences.setTheme(theme);
            Theme.apply(theme);
        });
        Menu view = new Menu(messages.get("menu.view"), null, dashboard, new SeparatorMenuItem(), dark);
        view.setId("menuView");

        MenuItem shortcuts = item("menu.help.shortcuts", "menuShortcuts", e -> ShortcutsHelp.show(stage, messages));
        shortcuts.setAccelerator(KeyCombination.keyCombination("F1"));
        MenuItem guide = item("menu.help.guide", "menuGuide", e -> openGuide());
        MenuItem about = item("menu.help.about", "menuAbout", e -> Dialogs.about(stage, messages));
        Menu help = new Menu(messages.get("menu.help"), null, shortcuts, guide, new SeparatorMenuItem(), about);
        help.setId("menuHelp");
        getMenus().addAll(file, view, expertMenu, help);
    }

    /** What Affichage > Tableau de bord does. */
    void onDashboard(Runnable action) {
        dashboard.setOnAction(e -> action.run());
    }

    /** What Fichier > Réglages does. */
    void onSettings(Runnable action) {
        settings.setOnAction(e -> action.run());
    }

    /** Where the menu's commands ask for files and folders (a test answers them itself). */
    void useFiles(FileAsker asker) {
        files = asker;
    }

    /** How « Ouvrir le dossier » shows a folder. */
    void openFoldersWith(FolderOpener opener) {
        folders = opener;
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
        chooser.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                messages.get("chooser.import.filterZip"), "*.xlsx", "*.ods", "*.csv", "*.zip"),
                        new FileChooser.ExtensionFilter(messages.get("chooser.import.xlsx"), "*.xlsx"),
                        new FileChooser.ExtensionFilter(messages.get("chooser.import.ods"), "*.ods"),
                        new FileChooser.ExtensionFilter(messages.get("chooser.import.csv"), "*.csv"),
                        new FileChooser.ExtensionFilter(messages.get("chooser.import.zip"), "*.zip"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            viewModel.importFile(file.toPath());
        }
    }

    private void choosePhase2Import() {
        files.open(
                        messages.get("chooser.importPhase2.title"),
                        messages.get("chooser.importPhase2.filter"),
                        "*.xlsx;*.csv")
                .ifPresent(file -> viewModel.imports().importPhase2(file, false));
    }

    /** The checks, the user's choice to go on, the file to write, the export, then what was written. */
    private void exportAvis() {
        ExportAvisViewModel model = viewModel.exportAvis();
        model.check(checks -> {
            Optional<ExportAvis.Scope> scope = checks.clear()
                    ? Optional.of(ExportAvis.Scope.OWN_REGION)
                    : ExportAvisDialogs.proceed(
                            stage,
                            messages,
                            model.header(checks),
                            model.remarks(checks),
                            model.allRegionsChoice(checks));
            scope.ifPresent(chosen -> files.save(
                            messages.get("exportAvis.chooser.title"),
                            checks.fileName(),
                            messages.get("exportAvis.chooser.filter"),
                            "*.xlsx")
                    .ifPresent(target -> model.export(
                            target,
                            chosen,
                            report -> ExportAvisDialogs.done(
                                    stage,
                                    messages,
                                    model.doneText(report),
                                    ExportAvisViewModel.folderOf(report),
                                    folders))));
        });
    }

    /**
     * The guide bundled in the jar, written out as an HTML page with its images and opened in the system's
     * browser, offline; a French message with the page's place when nothing can open it.
     */
    private void openGuide() {
        String title = messages.get("guide.title");
        if (!UserGuide.bundled()) {
            Dialogs.info(stage, messages, title, messages.get("guide.absent"));
            return;
        }
        java.nio.file.Path page;
        try {
            page = UserGuide.writeToTemporaryFolder(title);
        } catch (java.io.UncheckedIOException e) {
            Dialogs.info(
                    stage,
                    messages,
                    title,
                    messages.format("guide.failed", e.getCause().getMessage()));
            return;
        }
        Runnable noBrowser = () -> Dialogs.info(stage, messages, title, messages.format("guide.noBrowser", page));
        if (folders.supported()) {
            folders.open(page, noBrowser);
        } else {
            noBrowser.run();
        }
    }

    private void chooseBackup() {
        WorkspaceToolsViewModel tools = viewModel.tools();
        files.save(
                        messages.get("tools.backup.title"),
                        tools.backupName(LocalDate.now()),
                        messages.get("tools.backup.filter"),
                        "*.zip")
                .ifPresent(target -> tools.backup(
                        target, done -> Dialogs.info(stage, messages, messages.get("tools.backup.title"), done)));
    }

    /** A backup, then an empty folder to restore it into; the restored workspace opens. */
    private void chooseRestore() {
        files.open(messages.get("tools.restore.title"), messages.get("tools.backup.filter"), "*.zip")
                .ifPresent(backup -> files.folder(messages.get("tools.restore.folder"))
                        .ifPresent(folder -> viewModel.tools().restore(backup, folder)));
    }

    /** The number of dossiers, the word to type, then the purge; nothing on cancel. */
    private void askPurge() {
        WorkspaceToolsViewModel tools = viewModel.tools();
        tools.askPurge(question -> PurgeDialog.ask(stage, messages, question).ifPresent(tools::purge));
    }

    /** Asks for a workspace folder and opens it. */
    void chooseWorkspace() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(messages.get("chooser.workspace.title"));
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            viewModel.openFolder(folder.toPath());
        }
    }
}
