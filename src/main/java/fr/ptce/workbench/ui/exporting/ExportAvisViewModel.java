package fr.ptce.workbench.ui.exporting;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.application.exporting.ExportChecks;
import fr.ptce.workbench.application.exporting.ExportReport;
import fr.ptce.workbench.domain.CancelledException;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * Fichier › Exporter l'avis pour le PESSII: the checks read first, the user's choice to go on, then the workbook
 * written away from the screen (progress and cancel in the status bar) and what was written. The workbook is of the
 * phase the list shows: phase 2's ({@code avis-phase-2-…}, metadata {@code phase = 2}) while it shows phase 2.
 */
public final class ExportAvisViewModel {

    /** How many dossier numbers a remark names before « … ». */
    static final int NAMED = 10;

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final Consumer<String> status;
    private final ObservableValue<Phase> phase;

    /** @param status where the outcome goes: the status line */
    public ExportAvisViewModel(TaskRunner runner, WorkspaceState state, Messages messages, Consumer<String> status) {
        this(runner, state, messages, status, new SimpleObjectProperty<>(Phase.ONE));
    }

    /**
     * @param status where the outcome goes: the status line
     * @param phase the phase whose workbook is exported: the list's
     */
    public ExportAvisViewModel(
            TaskRunner runner,
            WorkspaceState state,
            Messages messages,
            Consumer<String> status,
            ObservableValue<Phase> phase) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        this.status = status;
        this.phase = phase;
    }

    /** Reads the checks of the open workspace away from the screen, then hands them over; a refusal is an error. */
    public void check(Consumer<ExportChecks> then) {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty()) {
            return;
        }
        Workspace current = workspace.get();
        Phase shown = phase.getValue();
        runner.run(
                messages.get("exportAvis.checking"),
                progress -> current.exportAvis().checks(shown),
                then);
    }

    /** The label of the choice to export the other regions' dossiers too; empty when there are none. */
    public Optional<String> allRegionsChoice(ExportChecks checks) {
        return checks.otherRegions().isEmpty()
                ? Optional.empty()
                : Optional.of(messages.count(
                        "exportAvis.checks.allRegions", checks.otherRegions().size()));
    }

    /** The checks dialog's header: how many dossiers, for which region. */
    public String header(ExportChecks checks) {
        return messages.count(
                phase.getValue() == Phase.TWO ? "exportAvis.checks.header.phase2" : "exportAvis.checks.header",
                checks.dossiers(),
                checks.region());
    }

    /** One line per kind of remark, each naming its first dossiers; empty when nothing needs attention. */
    public List<String> remarks(ExportChecks checks) {
        List<String> remarks = new ArrayList<>();
        remark(remarks, "exportAvis.checks.withoutAvis", checks.withoutAvis());
        remark(remarks, "exportAvis.checks.partlyScored", checks.partlyScored());
        remark(remarks, "exportAvis.checks.otherRegions", checks.otherRegions(), checks.region());
        return remarks;
    }

    private void remark(List<String> remarks, String key, List<String> numbers, Object... more) {
        if (numbers.isEmpty()) {
            return;
        }
        String named = String.join(", ", numbers.subList(0, Math.min(NAMED, numbers.size())))
                + (numbers.size() > NAMED ? ", …" : "");
        Object[] args = new Object[more.length + 1];
        args[0] = named;
        System.arraycopy(more, 0, args, 1, more.length);
        remarks.add(messages.count(key, numbers.size(), args));
    }

    /**
     * Writes the workbook away from the screen (the status bar shows its progress and can cancel it), then says
     * where in the status line and hands the report over.
     */
    public void export(Path target, ExportAvis.Scope scope, Consumer<ExportReport> then) {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty()) {
            return;
        }
        Workspace current = workspace.get();
        Phase shown = phase.getValue();
        runner.run(
                messages.format("exportAvis.exporting", target.getFileName()),
                progress -> current.exportAvis().toWorkbook(target, scope, shown, progress),
                report -> {
                    status.accept(messages.format(
                            "exportAvis.done.status", report.file().getFileName()));
                    then.accept(report);
                },
                error -> status.accept(messages.get(
                        error instanceof CancelledException ? "exportAvis.cancelled" : "exportAvis.failed")));
    }

    /** What the end dialog says: the file, its rows and its SHA-256. */
    public String doneText(ExportReport report) {
        return messages.format("exportAvis.done.text", report.file().toAbsolutePath(), report.rows(), report.sha256());
    }

    /** The folder the workbook was written in. */
    public static Path folderOf(ExportReport report) {
        return report.file().toAbsolutePath().getParent();
    }
}
