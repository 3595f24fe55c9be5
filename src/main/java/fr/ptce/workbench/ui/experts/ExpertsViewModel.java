package fr.ptce.workbench.ui.experts;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.kit.ExpertProgress;
import fr.ptce.workbench.application.kit.ExportKit;
import fr.ptce.workbench.application.kit.KitDecisionRequiredException;
import fr.ptce.workbench.application.kit.KitDecisions;
import fr.ptce.workbench.application.kit.KitImportCheck;
import fr.ptce.workbench.application.kit.KitImportReport;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.review.ReviewComparison.Thresholds;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The experts window: experts with their progress (kits sent, returned, dossiers scored n/N, late), assignments
 * with conflicts of interest, kit export and import (a kit that needs a decision comes back as a check to ask
 * about), and the dossiers to discuss. Assignments and kits follow the phase the main window's list shows: phase
 * 2's kits hold the « dossiers additionnels », and a kit of the other phase is refused.
 */
public final class ExpertsViewModel {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final ObservableList<ExpertProgress> experts = FXCollections.observableArrayList();
    private final ObservableList<String> toDiscuss = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableValue<Phase> phase;

    /** The experts of phase 1's kits. */
    public ExpertsViewModel(TaskRunner runner, WorkspaceState state, Messages messages) {
        this(runner, state, messages, new SimpleObjectProperty<>(Phase.ONE));
    }

    /** The experts, whose assignments and kits follow this phase (the list's). */
    public ExpertsViewModel(TaskRunner runner, WorkspaceState state, Messages messages, ObservableValue<Phase> phase) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        this.phase = phase;
    }

    /** The phase of the kits exported and imported, and of the dossiers assigned: the list's. */
    public ObservableValue<Phase> phaseProperty() {
        return phase;
    }

    /** The default name of the selected expert's kit, now, in the list's phase. */
    public String kitFileName(String expertName) {
        return ExportKit.fileName(expertName, OffsetDateTime.now(), phase.getValue());
    }

    /** Reads the experts' progress and the dossiers to discuss again. */
    public void refresh() {
        state.current()
                .ifPresent(w -> runner.run(
                        messages.get("experts.loading"),
                        p -> new Snapshot(
                                w.expertReviews().progress(),
                                w.expertReviews()
                                        .toDiscuss(new Thresholds(
                                                w.settings().disagreementThreshold(), Optional.empty()))),
                        s -> {
                            experts.setAll(s.progress());
                            List<String> lines = new ArrayList<>();
                            s.toDiscuss()
                                    .forEach((n, codes) -> lines.add(
                                            messages.format("experts.discussLine", n, String.join(", ", codes))));
                            toDiscuss.setAll(lines);
                        }));
    }

    public void addExpert(String name, String email, String organisation) {
        work(
                w -> w.assignExperts().saveExpert(name, email, organisation),
                e -> messages.format("experts.added", e.signature()));
    }

    /** Gives the dossiers (numbers separated by spaces or commas) to the expert, or records a conflict. */
    public void assign(String email, String numbers, boolean conflict) {
        List<String> list = Arrays.stream(numbers.split("[\\s,;]+"))
                .filter(s -> !s.isBlank())
                .toList();
        work(
                w -> {
                    Phase shown = phase.getValue();
                    list.forEach(n -> w.phaseGrids().phaseOf(n, shown));
                    list.forEach(n -> w.assignExperts().assign(n, email, conflict, null));
                    return list;
                },
                l -> messages.format(conflict ? "experts.conflicts" : "experts.assigned", String.join(", ", l)));
    }

    /** Exports the expert's kit of the list's phase. */
    public void exportKit(String email, boolean pseudonymise, Path target) {
        Phase shown = phase.getValue();
        work(
                w -> w.exportKit().export(email, List.of(), pseudonymise, target, Optional.empty(), shown),
                r -> messages.count(
                        "experts.exported", r.dossiers().size(), r.file().getFileName()));
    }

    /**
     * Imports a kit of the list's phase (another phase's is refused, nothing saved); when it needs a decision
     * nothing is saved and {@code ask} gets what to decide.
     */
    public void importKit(Path file, KitDecisions decisions, Consumer<KitImportCheck> ask) {
        Phase shown = phase.getValue();
        state.current()
                .ifPresent(w -> runner.run(
                        messages.format("experts.importing", file.getFileName()),
                        p -> {
                            try {
                                return (Object) w.importKit().importKit(file, decisions, shown);
                            } catch (KitDecisionRequiredException e) {
                                return e.check();
                            }
                        },
                        result -> {
                            if (result instanceof KitImportCheck check) {
                                message.set(messages.get("experts.decisionNeeded"));
                                ask.accept(check);
                            } else {
                                KitImportReport r = (KitImportReport) result;
                                message.set(messages.format(
                                        "experts.imported.text",
                                        r.expert(),
                                        messages.count(
                                                "count.scoredDossier", r.saved().size()),
                                        messages.count(
                                                "count.conflict", r.conflicts().size())));
                                refresh();
                            }
                        }));
    }

    private <T> void work(Work<T> work, java.util.function.Function<T, String> done) {
        state.current()
                .ifPresent(w -> runner.run(
                        messages.get("experts.working"),
                        p -> work.call(w),
                        result -> {
                            message.set(done.apply(result));
                            refresh();
                        },
                        error -> message.set(Dialogs.errorText(error))));
    }

    public ObservableList<ExpertProgress> experts() {
        return experts;
    }

    /** One line per dossier whose reviewers disagree. */
    public ObservableList<String> toDiscuss() {
        return toDiscuss;
    }

    /** The outcome of the last action. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** One piece of work on the workspace. */
    @FunctionalInterface
    private interface Work<T> {
        T call(Workspace workspace);
    }

    private record Snapshot(List<ExpertProgress> progress, Map<String, List<String>> toDiscuss) {}
}
