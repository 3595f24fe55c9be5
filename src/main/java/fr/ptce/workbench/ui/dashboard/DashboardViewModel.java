package fr.ptce.workbench.ui.dashboard;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.Dashboard;
import fr.ptce.workbench.application.listing.ExportChart;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** The dashboard's state: the figures of the open workspace, computed away from the screen, and chart exports. */
public final class DashboardViewModel {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Dashboard> dashboard = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lastExport = new ReadOnlyStringWrapper("");
    private final BooleanProperty shown = new SimpleBooleanProperty(false);

    public DashboardViewModel(TaskRunner runner, WorkspaceState state, Messages messages) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        // computed when shown, and again when another workspace opens while it is shown
        state.workspaceProperty().addListener((o, old, now) -> {
            dashboard.set(null);
            if (shown.get()) {
                refresh();
            }
        });
        shown.addListener((o, was, now) -> {
            if (now) {
                refresh();
            }
        });
    }

    /** Whether the dashboard is on screen; it is computed each time it is shown. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Computes the figures of the open workspace again. */
    public void refresh() {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty()) {
            dashboard.set(null);
            return;
        }
        Workspace current = workspace.get();
        runner.run(
                messages.get("status.dashboard"),
                progress -> current.dashboard().now(),
                dashboard::set);
    }

    /** Saves a chart's pixels (0xAARRGGBB, row by row) as a PNG file. */
    public void exportPng(int width, int height, int[] argb, Path target) {
        runner.run(
                messages.format("status.exportingChart", target.getFileName()),
                progress -> ExportChart.toPng(width, height, argb, target),
                path -> lastExport.set(messages.format("dashboard.exported", path)));
    }

    /** The figures shown, null while none is computed. */
    public ReadOnlyObjectProperty<Dashboard> dashboardProperty() {
        return dashboard.getReadOnlyProperty();
    }

    /** "Graphique enregistré : …" after an export. */
    public ReadOnlyStringProperty lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }
}
