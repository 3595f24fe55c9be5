package fr.ptce.workbench.ui;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.FxTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workbench's main window shown on a test's stage, in French, over a workspace the test prepared: what the
 * window tests share. {@link #close()} stops the background work and closes the workspace.
 */
public final class WorkbenchOnScreen implements AutoCloseable {

    private final Workspace workspace;
    private final FxTaskRunner runner;
    private final MainViewModel viewModel;
    private final MainWindow window;

    private WorkbenchOnScreen(Workspace workspace, FxTaskRunner runner, MainViewModel viewModel, MainWindow window) {
        this.workspace = workspace;
        this.runner = runner;
        this.viewModel = viewModel;
        this.window = window;
    }

    /**
     * Shows the window on {@code stage}, then opens {@code workspace} in it. A failure shows no error dialog: the
     * tests read the views' own messages (the window's runner would also show a dialog, see WorkbenchApp).
     */
    public static WorkbenchOnScreen show(Stage stage, Workspace workspace) {
        Messages messages = Messages.load(Locale.FRENCH);
        FxTaskRunner runner = new FxTaskRunner(error -> {});
        MainViewModel viewModel = new MainViewModel(runner, messages, new WorkspaceState());
        MainWindow window = new MainWindow(stage, viewModel, messages);
        window.show();
        viewModel.useWorkspace(workspace);
        return new WorkbenchOnScreen(workspace, runner, viewModel, window);
    }

    public Workspace workspace() {
        return workspace;
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    /** The window, to answer its file choosers ({@link MainWindow#useFiles}) or open its views. */
    public MainWindow window() {
        return window;
    }

    /** Waits until no background work runs (opening the workspace, an import, a generation…). */
    public void awaitIdle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(
                20, TimeUnit.SECONDS, () -> !viewModel.busyProperty().get());
    }

    @Override
    public void close() {
        runner.close();
        workspace.close();
    }
}
