package fr.ptce.workbench.ui.reader;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.check.StatutesCheck;
import fr.ptce.workbench.domain.dossier.DossierAttachment;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.FolderOpener;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files of the dossier shown (from DS zip exports), with the statutes' check, and « Ouvrir »: a temporary copy
 * opened with the system's viewer, in the background.
 */
public final class AttachmentsViewModel {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final OpenedCopies copies;
    private final ObservableList<DossierAttachment> files = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<StatutesCheck.Verdict> statutes =
            new ReadOnlyObjectWrapper<>(StatutesCheck.Verdict.UNKNOWN);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private FolderOpener opener = FolderOpener.NONE;

    public AttachmentsViewModel(TaskRunner runner, WorkspaceState state, Messages messages, OpenedCopies copies) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        this.copies = copies;
    }

    /** What the reader loads beside the dossier, in the same background work. */
    record Loaded(List<DossierAttachment> files, StatutesCheck.Verdict statutes) {

        static final Loaded NONE = new Loaded(List.of(), StatutesCheck.Verdict.UNKNOWN);

        static Loaded read(Workspace workspace, String number) {
            return new Loaded(
                    workspace.attachments().list(number),
                    workspace.attachments().statutes(number));
        }
    }

    void show(Loaded loaded) {
        files.setAll(loaded.files());
        statutes.set(loaded.statutes());
        message.set("");
    }

    /** The files of the dossier shown, by folder then name. */
    public ObservableList<DossierAttachment> files() {
        return files;
    }

    /** The statutes found, missing or unknown among them. */
    public ReadOnlyObjectProperty<StatutesCheck.Verdict> statutesProperty() {
        return statutes.getReadOnlyProperty();
    }

    /** The last word on an opening (« Ouverture de… », no viewer, a failure), "" when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** How files are opened: the system's viewer; {@link FolderOpener#NONE} in tests without one. */
    public void openWith(FolderOpener opener) {
        this.opener = opener;
    }

    /** Copies the file to this run's temporary folder, then opens the copy with the system's viewer. */
    public void open(DossierAttachment file) {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty()) {
            return;
        }
        Workspace current = workspace.get();
        message.set(messages.format("attachments.opening", file.fileName()));
        runner.run(
                messages.format("attachments.opening", file.fileName()),
                progress -> current.attachments().extract(file, copies.folder()),
                (Path copy) -> {
                    if (!opener.supported()) {
                        message.set(noViewer(file, copy));
                        return;
                    }
                    message.set(messages.format("attachments.opened", file.fileName()));
                    opener.open(copy, () -> message.set(noViewer(file, copy)));
                },
                failure -> message.set(messages.format("attachments.failed", file.fileName(), failure.getMessage())));
    }

    private String noViewer(DossierAttachment file, Path copy) {
        return messages.format("attachments.noViewer", file.fileName(), copy.getParent());
    }
}
