package fr.ptce.workbench.ui;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.WorkspaceLocations;
import fr.ptce.workbench.ui.common.UiPreferences;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.FolderOpener;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Theme;
import fr.ptce.workbench.ui.reader.OpenedCopies;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

/**
 * The desktop application: shows the main window at once, then opens the workspace asked for
 * ({@code --demo}, {@code --workspace DIR}, else the last one used, else asks) away from the screen.
 */
public final class WorkbenchApp extends Application {

    private FxTaskRunner runner;
    private WorkspaceState state;
    private MainViewModel viewModel;

    /** Launches the window; called by {@code Main} when no command-line subcommand is given. */
    public static void start(String[] args) {
        Application.launch(WorkbenchApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        UiPreferences preferences = UiPreferences.user();
        // copies of attachments opened by a run that did not close its window (killed)
        OpenedCopies.standard().deleteLeftovers();
        Messages messages = Messages.load(preferences.locale());
        Theme.apply(preferences.theme());
        runner = new FxTaskRunner(error -> Dialogs.error(stage, messages, error));
        state = new WorkspaceState();
        state.workspaceProperty().addListener((o, old, workspace) -> {
            if (workspace != null) {
                workspace.folder().ifPresent(preferences::rememberWorkspace);
                workspace.address().ifPresent(preferences::rememberShared);
            }
        });
        viewModel = new MainViewModel(runner, messages, state);
        MainWindow window = new MainWindow(stage, viewModel, messages, preferences);
        window.openFoldersWith(FolderOpener.of(getHostServices()));
        window.show();

        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        Path demo = WorkspaceLocations.demoWorkspace();
        if (options.demo()) {
            viewModel.openDemo(demo);
        } else if (options.workspace().isPresent()) {
            viewModel.openFolder(options.workspace().get());
        } else if (preferences.lastWorkspace().isPresent()) {
            Path last = preferences.lastWorkspace().get();
            if (last.equals(demo.toAbsolutePath())) {
                viewModel.openDemo(demo);
            } else {
                viewModel.openFolder(last);
            }
        } else {
            // after the window is on screen, so that the question has a window to belong to
            Platform.runLater(() -> askFirstWorkspace(stage, messages, viewModel));
        }
    }

    private static void askFirstWorkspace(Stage stage, Messages messages, MainViewModel viewModel) {
        switch (Dialogs.firstStart(stage, messages)) {
            case DEMO -> viewModel.openDemo(WorkspaceLocations.demoWorkspace());
            case CHOOSE_FOLDER -> {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(messages.get("chooser.workspace.title"));
                Optional.ofNullable(chooser.showDialog(stage)).map(File::toPath).ifPresent(viewModel::openFolder);
            }
            case NONE -> {
                // the user opens one later from the Fichier menu
            }
        }
    }

    /**
     * Saves what is still being typed, stops the running work, then closes the workspace so that its file is left
     * clean.
     */
    @Override
    public void stop() {
        OpenedCopies.standard().deleteAll();
        if (viewModel != null) {
            // queued before the writer thread shuts down: a comment typed just before quitting is kept
            viewModel.scoring().flush();
        }
        if (runner != null) {
            runner.close();
        }
        if (state != null) {
            state.current().ifPresent(Workspace::close);
        }
    }
}
