package fr.ptce.workbench.ui.national;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.application.national.NationalView;
import fr.ptce.workbench.ui.common.SharedConflict;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;

/**
 * The national view's saves of shared rows beside the decisions: the cabinet's confirmation over the decisions'
 * versions the view shows, the tie-break order over its version. A save over someone else's newer change opens the
 * same conflict as a decision's (keep mine: saved again over the stored version; keep theirs: nothing saved).
 */
final class NationalSaves {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final SharedConflict conflict;
    private final StringProperty message;
    private final Supplier<NationalView> shown;
    private final Consumer<NationalView> show;
    private final Runnable refresh;

    NationalSaves(
            TaskRunner runner,
            WorkspaceState state,
            Messages messages,
            SharedConflict conflict,
            StringProperty message,
            Supplier<NationalView> shown,
            Consumer<NationalView> show,
            Runnable refresh) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        this.conflict = conflict;
        this.message = message;
        this.shown = shown;
        this.show = show;
        this.refresh = refresh;
    }

    /** Records the cabinet's decision over the versions shown (a proposal changed since refuses it whole). */
    void confirm(String by, LocalDate on, boolean othersNotRetained) {
        NationalView view = shown.get();
        confirm(by, on, othersNotRetained, view == null ? Map.of() : view.versions());
    }

    private void confirm(String by, LocalDate on, boolean othersNotRetained, Map<String, Long> seen) {
        state.current()
                .ifPresent(w -> runner.run(
                        messages.get("national.status.saving"),
                        progress -> new Confirmed(
                                w.nationalDecisions().confirm(by, on, othersNotRetained, seen),
                                w.nationalDecisions().view()),
                        confirmed -> {
                            message.set(messages.count("national.confirmed", confirmed.recorded()));
                            show.accept(confirmed.view());
                        },
                        error -> failed(
                                error,
                                // keep mine: confirm every proposal as stored now, which the dialog showed
                                current -> state.current()
                                        .ifPresent(again -> confirm(
                                                by,
                                                on,
                                                othersNotRetained,
                                                again.nationalDecisions().view().versions())))));
    }

    private record Confirmed(int recorded, NationalView view) {}

    /** Applies a tie-break order over the version shown. */
    void order(String typed) {
        NationalView view = shown.get();
        order(typed, view == null ? 0 : view.orderVersion());
    }

    private void order(String typed, long base) {
        state.current()
                .ifPresent(w -> runner.run(
                        messages.get("national.status.saving"),
                        progress -> w.nationalDecisions().setOrder(typed, base),
                        show,
                        error -> failed(error, current -> order(typed, current))));
    }

    private void failed(Throwable error, java.util.function.LongConsumer saveMineFrom) {
        if (error instanceof ConcurrentChangeException changed) {
            message.set(SharedConflict.header(messages, changed));
            refresh.run();
            conflict.open(changed, saveMineFrom);
            return;
        }
        message.set(error.getMessage() == null ? "" : error.getMessage());
        refresh.run();
    }
}
