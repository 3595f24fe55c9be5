package fr.ptce.workbench.ui.workspace;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Fichier › Sauvegarder l'espace, Restaurer une sauvegarde, Purger la campagne: the workspace's safekeeping, each
 * away from the screen through the task runner, its outcome in the status line.
 */
public final class WorkspaceToolsViewModel {

    /** What the user types to confirm the purge. */
    public static final String PURGE_WORD = "PURGER";

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final Consumer<String> status;
    private final Consumer<String> refresh;
    private final Consumer<Path> open;

    /**
     * @param status where the outcome goes: the status line
     * @param refresh lists the dossiers again, then shows this status (after a purge)
     * @param open opens a workspace folder in the window (after a restore)
     */
    public WorkspaceToolsViewModel(
            TaskRunner runner,
            WorkspaceState state,
            Messages messages,
            Consumer<String> status,
            Consumer<String> refresh,
            Consumer<Path> open) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        this.status = status;
        this.refresh = refresh;
        this.open = open;
    }

    /** The backup's default name, for the open workspace and this day. */
    public String backupName(LocalDate day) {
        return state.current().map(w -> w.backupName(day)).orElse("");
    }

    /** Writes a backup of the open workspace to this zip, then says where (status line and {@code then}). */
    public void backup(Path target, Consumer<String> then) {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty()) {
            return;
        }
        Workspace current = workspace.get();
        runner.run(
                messages.format("tools.backup.running", target.getFileName()),
                progress -> {
                    current.backup(target);
                    return target.toAbsolutePath();
                },
                written -> {
                    String done = messages.format("tools.backup.done", written);
                    status.accept(done);
                    then.accept(done);
                });
    }

    /** Restores a backup into a new or empty folder, then opens the restored workspace in the window. */
    public void restore(Path backup, Path folder) {
        runner.run(
                messages.format("tools.restore.running", backup.getFileName()),
                progress -> {
                    Workspace.restore(backup, folder);
                    return folder;
                },
                restored -> {
                    status.accept(messages.format("tools.restore.done", restored.toAbsolutePath()));
                    open.accept(restored);
                });
    }

    /** Counts the open workspace's dossiers away from the screen, then hands over the purge's question. */
    public void askPurge(Consumer<String> question) {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty()) {
            return;
        }
        Workspace current = workspace.get();
        runner.run(
                messages.get("tools.purge.counting"),
                progress -> current.listDossiers().all().size(),
                count -> question.accept(messages.count(
                        "tools.purge.question",
                        count,
                        current.folder().map(Path::toString).orElse(messages.get("workspace.inMemory")),
                        PURGE_WORD)));
    }

    /** Whether the typed text confirms the purge: the word {@value #PURGE_WORD}, as it is written. */
    public static boolean confirms(String typed) {
        return typed != null && PURGE_WORD.equals(typed.strip());
    }

    /** Purges the open workspace's campaign when the typed text confirms it; nothing happens otherwise. */
    public void purge(String typed) {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty() || !confirms(typed)) {
            return;
        }
        Workspace current = workspace.get();
        runner.run(
                messages.get("tools.purge.running"),
                progress -> current.purgeCampaign(),
                purged -> refresh.accept(messages.count("tools.purge.done", purged)));
    }
}
