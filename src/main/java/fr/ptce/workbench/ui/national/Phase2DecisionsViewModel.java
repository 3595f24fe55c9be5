package fr.ptce.workbench.ui.national;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.application.phase2.Phase2DecisionView;
import fr.ptce.workbench.application.phase2.Phase2Row;
import fr.ptce.workbench.domain.phase2.Envelope;
import fr.ptce.workbench.ui.common.SharedConflict;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The phase-2 part of the national view: the phase-2 dossiers to decide (ranking, checks, link), the envelope's
 * counters with their red state, PESSII's laureate proposal with its motivation, the third year, and the cabinet's
 * decision. Each save carries the version the row was read at; work runs on the task runner.
 */
public final class Phase2DecisionsViewModel {

    private final SharedConflict conflict = new SharedConflict();
    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final ObservableList<Phase2Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Phase2Row> selected = new SimpleObjectProperty<>();
    private final StringProperty laureatesText = new SimpleStringProperty("");
    private final StringProperty envelopeText = new SimpleStringProperty("");
    private final StringProperty thirdYearText = new SimpleStringProperty("");
    private final BooleanProperty overCount = new SimpleBooleanProperty();
    private final BooleanProperty overAmount = new SimpleBooleanProperty();
    private final StringProperty motivation = new SimpleStringProperty("");
    private final StringProperty override = new SimpleStringProperty("");
    private final StringProperty thirdYearAmount = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    Phase2DecisionsViewModel(TaskRunner runner, WorkspaceState state, Messages messages) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        selected.addListener((o, was, now) -> {
            motivation.set(
                    now == null || now.decision().motivation() == null
                            ? ""
                            : now.decision().motivation());
            override.set("");
            thirdYearAmount.set(
                    now == null || now.decision().thirdYearAmount() == null
                            ? ""
                            : now.decision()
                                    .thirdYearAmount()
                                    .stripTrailingZeros()
                                    .toPlainString());
        });
    }

    /** Reads the phase-2 decisions again, keeping the chosen dossier. */
    public void refresh() {
        apply(
                messages.get("phase2Decide.status.reading"),
                w -> w.phase2().decisions().view(),
                null);
    }

    /** Proposes the chosen dossier as a phase-2 laureate or not, with the motivation typed (and the override). */
    void setLaureate(boolean laureate) {
        Phase2Row row = selected.get();
        if (row == null) {
            return;
        }
        String text = motivation.get();
        String reason = override.get();
        save(
                version -> w -> w.phase2().decisions().setLaureate(row.number(), laureate, text, reason, version),
                row.version(),
                messages.format(
                        laureate ? "phase2Decide.saved.laureate" : "phase2Decide.saved.notRetained", row.number()));
    }

    /** Grants the chosen laureate's third year with the amount typed, or refuses it. */
    void setThirdYear(boolean granted) {
        Phase2Row row = selected.get();
        if (row == null) {
            return;
        }
        BigDecimal amount = null;
        if (granted) {
            try {
                amount = new BigDecimal(thirdYearAmount
                        .get()
                        .replaceAll("[\\s\\u00a0\\u202f€]", "")
                        .replace(',', '.'));
            } catch (NumberFormatException e) {
                message.set(messages.get("phase2Decide.thirdYear.amountInvalid"));
                return;
            }
        }
        BigDecimal value = amount;
        save(
                version -> w -> w.phase2().decisions().setThirdYear(row.number(), granted, value, version),
                row.version(),
                messages.format("phase2Decide.saved.thirdYear", row.number()));
    }

    /** Records the cabinet's decision on every phase-2 proposal awaiting one. */
    void confirm(String by, String day) {
        LocalDate on;
        try {
            on = LocalDate.parse(day == null ? "" : day.strip());
        } catch (DateTimeParseException e) {
            message.set(messages.get("phase2Decide.confirm.dateInvalid"));
            return;
        }
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty()) {
            return;
        }
        runner.run(
                messages.get("phase2Decide.status.saving"),
                progress -> {
                    int recorded = workspace.get().phase2().decisions().confirm(by, on);
                    return new Confirmed(
                            recorded, workspace.get().phase2().decisions().view());
                },
                result -> {
                    show(result.view());
                    message.set(messages.count("phase2Decide.confirmed", result.recorded()));
                },
                error -> message.set(text(error)));
    }

    private record Confirmed(int recorded, Phase2DecisionView view) {}

    /**
     * Saves over the version the user started from; a save over someone else's newer change opens the conflict (both
     * versions side by side): « garder la mienne » saves again over the version stored now, nothing typed is lost.
     */
    private void save(LongFunction<Function<Workspace, Phase2DecisionView>> work, long version, String done) {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty()) {
            return;
        }
        runner.run(
                messages.get("phase2Decide.status.saving"),
                progress -> work.apply(version).apply(workspace.get()),
                view -> {
                    show(view);
                    message.set(done);
                },
                error -> {
                    if (error instanceof ConcurrentChangeException changed) {
                        message.set(SharedConflict.header(messages, changed));
                        conflict.open(changed, current -> save(work, current, done));
                        return;
                    }
                    message.set(text(error));
                });
    }

    /** The open save conflict, answered in the window. */
    SharedConflict conflict() {
        return conflict;
    }

    private void apply(String status, Function<Workspace, Phase2DecisionView> work, String done) {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty()) {
            return;
        }
        runner.run(
                status,
                progress -> work.apply(workspace.get()),
                view -> {
                    show(view);
                    if (done != null) {
                        message.set(done);
                    }
                },
                error -> message.set(text(error)));
    }

    private void show(Phase2DecisionView view) {
        String keep = selected.get() == null ? null : selected.get().number();
        rows.setAll(view.ranking());
        selected.set(view.ranking().stream()
                .filter(r -> r.number().equals(keep))
                .findFirst()
                .orElse(null));
        Envelope envelope = view.envelope();
        laureatesText.set(envelope.describeLaureates());
        envelopeText.set(envelope.describeEnvelope());
        thirdYearText.set(envelope.describeThirdYear());
        overCount.set(envelope.overCount());
        overAmount.set(envelope.overAmount());
    }

    private static String text(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }

    ObservableList<Phase2Row> rows() {
        return rows;
    }

    ObjectProperty<Phase2Row> selectedProperty() {
        return selected;
    }

    StringProperty laureatesTextProperty() {
        return laureatesText;
    }

    StringProperty envelopeTextProperty() {
        return envelopeText;
    }

    StringProperty thirdYearTextProperty() {
        return thirdYearText;
    }

    BooleanProperty overCountProperty() {
        return overCount;
    }

    BooleanProperty overAmountProperty() {
        return overAmount;
    }

    StringProperty motivationProperty() {
        return motivation;
    }

    StringProperty overrideProperty() {
        return override;
    }

    StringProperty thirdYearAmountProperty() {
        return thirdYearAmount;
    }

    StringProperty messageProperty() {
        return message;
    }
}
