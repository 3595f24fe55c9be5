package fr.ptce.workbench.ui.reader;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.domain.search.SearchQuery;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** The reader pane's state: the dossier shown, loaded in the background when the selection changes. */
public final class ReaderViewModel {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<DossierView> view = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<SearchQuery> highlight = new SimpleObjectProperty<>(SearchQuery.EMPTY);
    private final AttachmentsViewModel attachments;
    private String requested;

    public ReaderViewModel(TaskRunner runner, WorkspaceState state, Messages messages) {
        this(runner, state, messages, OpenedCopies.standard());
    }

    /** A reader whose opened attachments are copied under the given folder. */
    public ReaderViewModel(TaskRunner runner, WorkspaceState state, Messages messages, OpenedCopies copies) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        this.attachments = new AttachmentsViewModel(runner, state, messages, copies);
    }

    /** The files of the dossier shown, from DS zip exports. */
    public AttachmentsViewModel attachments() {
        return attachments;
    }

    /** A dossier as loaded in the background, with its files. */
    private record Shown(Optional<DossierView> view, AttachmentsViewModel.Loaded files) {}

    /** The dossier shown, null when none is selected. */
    public ReadOnlyObjectProperty<DossierView> viewProperty() {
        return view.getReadOnlyProperty();
    }

    /** The search typed in the list, whose words the reader highlights. */
    public ObjectProperty<SearchQuery> highlightProperty() {
        return highlight;
    }

    public DossierView getView() {
        return view.get();
    }

    /** Loads and shows the dossier with this number; null clears the pane. */
    public void show(String number) {
        requested = number;
        Optional<Workspace> workspace = state.current();
        if (number == null || workspace.isEmpty()) {
            attachments.show(AttachmentsViewModel.Loaded.NONE);
            view.set(null);
            return;
        }
        Workspace current = workspace.get();
        runner.run(
                messages.format("status.loadingDossier", number),
                progress -> new Shown(
                        current.readDossiers().byNumber(number), AttachmentsViewModel.Loaded.read(current, number)),
                result -> {
                    // a quick run of Down keys queues several loads: only the last one asked for is shown
                    if (Objects.equals(number, requested)) {
                        attachments.show(result.files());
                        view.set(result.view().orElse(null));
                    }
                });
    }

    /** Loads the shown dossier again, after an import may have changed it. */
    public void reload() {
        show(requested);
    }
}
