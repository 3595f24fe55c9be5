package fr.ptce.workbench.ui.common;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.IdentityRequiredException;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Commits each change of the instruction at once through the task runner's writer thread, asks once who the
 * user is before the first change, and tells the status bar "enregistré" with the time of the commit.
 */
public final class Autosave {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** One log line per acknowledged commit, so that a crash test can kill the process right after it. */
    private static final System.Logger LOG = System.getLogger(Autosave.class.getName());

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final ProgressViewModel progress;
    private final Consumer<String> status;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper identityNeeded = new ReadOnlyBooleanWrapper(false);
    private final List<Runnable> waiting = new ArrayList<>();
    private final List<Consumer<Throwable>> waitingFailures = new ArrayList<>();

    public Autosave(
            TaskRunner runner,
            WorkspaceState state,
            Messages messages,
            ProgressViewModel progress,
            Consumer<String> status,
            Clock clock) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        this.progress = progress;
        this.status = status;
        this.clock = clock;
    }

    /**
     * Saves through the workspace, then hands the result to {@code onSaved}; a failure (already shown in the error
     * dialog) goes to {@code onFailure}. Waits for the user's identity when it is not known yet.
     */
    public <T> void save(Function<Workspace, T> work, Consumer<? super T> onSaved, Consumer<Throwable> onFailure) {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty()) {
            return;
        }
        Workspace current = workspace.get();
        Runnable run = () -> runner.run(
                messages.get("status.saving"),
                p -> work.apply(current),
                result -> {
                    String time = TIME.format(LocalTime.now(clock));
                    LOG.log(System.Logger.Level.INFO, "enregistré à {0}", time);
                    status.accept(messages.format("status.saved", time));
                    onSaved.accept(result);
                    progress.refresh();
                },
                error -> {
                    if (error instanceof IdentityRequiredException) {
                        progress.forgetUser();
                    }
                    onFailure.accept(error);
                });
        if (progress.user().isPresent()) {
            run.run();
        } else {
            waiting.add(run);
            waitingFailures.add(onFailure);
            identityNeeded.set(true);
        }
    }

    /** True while a change waits for the user to say who they are. */
    public ReadOnlyBooleanProperty identityNeededProperty() {
        return identityNeeded.getReadOnlyProperty();
    }

    /** Stores the user's identity, then commits the changes that waited for it. */
    public void identityGiven(Reviewer user) {
        identityNeeded.set(false);
        progress.setUser(user, () -> {
            List<Runnable> ready = List.copyOf(waiting);
            waiting.clear();
            waitingFailures.clear();
            ready.forEach(Runnable::run);
        });
    }

    /** Drops the changes that waited for an identity the user did not give. */
    public void identityRefused() {
        identityNeeded.set(false);
        List<Consumer<Throwable>> failed = List.copyOf(waitingFailures);
        waiting.clear();
        waitingFailures.clear();
        failed.forEach(f -> f.accept(new IdentityRequiredException()));
    }
}
