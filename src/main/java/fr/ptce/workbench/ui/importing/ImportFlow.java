package fr.ptce.workbench.ui.importing;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.importing.ColumnMappingRequiredException;
import fr.ptce.workbench.application.importing.ImportConfirmationRequiredException;
import fr.ptce.workbench.application.importing.ImportReport;
import fr.ptce.workbench.domain.CancelledException;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The import of a DS export in the window, with its two questions: the columns of renamed headers
 * ({@link #mappingRequestProperty()}), and whether to import a file that shares no dossier with the workspace or
 * comes from another procedure ({@link #confirmationRequestProperty()}); nothing is imported until answered.
 */
public final class ImportFlow {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final Consumer<String> status;
    private final Consumer<ImportReport> imported;
    private final ReadOnlyObjectWrapper<ImportReport> lastImport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ColumnMappingViewModel> mappingRequest = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Confirmation> confirmation = new ReadOnlyObjectWrapper<>();
    private Runnable phase2Imported = () -> {};

    /** {@code imported} lists the dossiers again after an import that succeeded. */
    public ImportFlow(
            TaskRunner runner,
            WorkspaceState state,
            Messages messages,
            Consumer<String> status,
            Consumer<ImportReport> imported) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        this.status = status;
        this.imported = imported;
    }

    /** What to do, beside listing the dossiers again, after a phase-2 import succeeded (show the phase-2 list). */
    public void onPhase2Import(Runnable action) {
        phase2Imported = action;
    }

    public void importFile(Path file, ColumnMapping mapping, boolean confirmed) {
        start(file, mapping, confirmed, false);
    }

    /**
     * Imports a phase-2 export (the « dossier additionnel ») into the workspace that holds phase 1: the same
     * transaction, refusals, confirmation and report as {@link #importFile}; its headers are DS's own (a renamed
     * column is refused with its name: the command line's {@code phase2 import --mapping} maps it).
     */
    public void importPhase2(Path file, boolean confirmed) {
        start(file, ColumnMapping.NONE, confirmed, true);
    }

    private void start(Path file, ColumnMapping mapping, boolean confirmed, boolean phase2) {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty()) {
            return;
        }
        Workspace current = workspace.get();
        runner.run(
                messages.format("status.importing", file.getFileName()),
                progress -> {
                    try {
                        ImportReport report = phase2
                                ? current.importDossiers().phase2FromFile(file, Map.of(), confirmed, progress)
                                : current.importDossiers().fromFile(file, mapping, confirmed, progress);
                        return new Attempt(report, null, null);
                    } catch (ColumnMappingRequiredException e) {
                        // a question to the user, not a failure: no error dialog
                        return new Attempt(null, e, null);
                    } catch (ImportConfirmationRequiredException e) {
                        return new Attempt(null, null, e);
                    }
                },
                attempt -> {
                    if (attempt.mappingNeeded() != null) {
                        ColumnMappingRequiredException needed = attempt.mappingNeeded();
                        status.accept(messages.format("status.mappingNeeded", file.getFileName()));
                        mappingRequest.set(new ColumnMappingViewModel(
                                file, needed.headers(), needed.previewRows(), needed.unmatched(), messages));
                        return;
                    }
                    if (attempt.confirmationNeeded() != null) {
                        status.accept(messages.format("status.importQuestion", file.getFileName()));
                        confirmation.set(
                                new Confirmation(file, mapping, phase2, question(attempt.confirmationNeeded())));
                        return;
                    }
                    lastImport.set(attempt.report());
                    imported.accept(attempt.report());
                    if (phase2) {
                        phase2Imported.run();
                    }
                },
                error -> status.accept(
                        error instanceof CancelledException
                                ? messages.get("status.importCancelled")
                                : messages.format("status.importFailed", file.getFileName())));
    }

    private String question(ImportConfirmationRequiredException asked) {
        StringBuilder text = new StringBuilder();
        if (asked.reasons().contains(ImportConfirmationRequiredException.Reason.NO_SHARED_DOSSIER)) {
            text.append(messages.count("import.confirm.noShared", asked.workspaceDossiers()));
        }
        if (asked.reasons().contains(ImportConfirmationRequiredException.Reason.OTHER_PROCEDURE)) {
            text.append(text.isEmpty() ? "" : "\n\n")
                    .append(messages.format(
                            "import.confirm.otherProcedure", asked.fileProcedure(), asked.workspaceProcedure()));
        }
        return text.append("\n\n")
                .append(messages.get("import.confirm.question"))
                .toString();
    }

    public void acceptMapping() {
        ColumnMappingViewModel request = mappingRequest.get();
        if (request == null || !request.completeProperty().get()) {
            return;
        }
        mappingRequest.set(null);
        importFile(request.file(), request.mapping(), false);
    }

    public void cancelMapping() {
        ColumnMappingViewModel request = mappingRequest.get();
        if (request != null) {
            mappingRequest.set(null);
            status.accept(messages.format("status.mappingCancelled", request.fileName()));
        }
    }

    /** Imports the file of the pending confirmation anyway. */
    public void confirmImport() {
        Confirmation pending = confirmation.get();
        if (pending != null) {
            confirmation.set(null);
            start(pending.file(), pending.mapping(), true, pending.phase2());
        }
    }

    /** Drops the pending confirmation: the file is not imported, the workspace unchanged. */
    public void cancelImport() {
        Confirmation pending = confirmation.get();
        if (pending != null) {
            confirmation.set(null);
            status.accept(
                    messages.format("status.importNotConfirmed", pending.file().getFileName()));
        }
    }

    public ReadOnlyObjectProperty<ImportReport> lastImportProperty() {
        return lastImport.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ColumnMappingViewModel> mappingRequestProperty() {
        return mappingRequest.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Confirmation> confirmationRequestProperty() {
        return confirmation.getReadOnlyProperty();
    }

    /**
     * An import held back until the user confirms it.
     *
     * @param phase2 whether the file is a phase-2 export
     * @param question the French question: why, then « Importer quand même ? »
     */
    public record Confirmation(Path file, ColumnMapping mapping, boolean phase2, String question) {}

    /** What an import gave: its report, or the question it needs answered first. */
    private record Attempt(
            ImportReport report,
            ColumnMappingRequiredException mappingNeeded,
            ImportConfirmationRequiredException confirmationNeeded) {}
}
