package fr.ptce.workbench.ui.common;

import fr.ptce.workbench.application.Workspace;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** The one piece of shared window state: the workspace open now, if any. */
public final class WorkspaceState {

    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding open = Bindings.isNotNull(workspace);

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    /** True while a workspace is open. */
    public BooleanBinding openBinding() {
        return open;
    }

    public Optional<Workspace> current() {
        return Optional.ofNullable(workspace.get());
    }

    /** Makes this workspace the current one and returns the previous one, which the caller closes. */
    public Optional<Workspace> replace(Workspace next) {
        Workspace previous = workspace.get();
        workspace.set(next);
        return Optional.ofNullable(previous);
    }
}
