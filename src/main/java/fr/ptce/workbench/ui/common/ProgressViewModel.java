package fr.ptce.workbench.ui.common;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.DossierProgress;
import fr.ptce.workbench.application.listing.ProgressOverview;
import fr.ptce.workbench.application.review.DossierReviews;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.ui.fx.Formats;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;

/**
 * Where the instruction stands: per dossier whether the user scored it, its total and the avis, the count of
 * dossiers with an avis for the status bar, and who the workspace's user is.
 */
public final class ProgressViewModel {

    /**
     * One dossier's progress as the list shows it; {@code total} and {@code avis} are null when none; the total is
     * partial while {@code scoredCriteria < criteria}.
     */
    public record Row(boolean scored, BigDecimal total, Recommendation avis, int scoredCriteria, int criteria) {

        public Row(boolean scored, BigDecimal total, Recommendation avis) {
            this(scored, total, avis, 0, 0);
        }

        /** Whether the total counts unscored criteria as 0. */
        public boolean partial() {
            return total != null && scoredCriteria < criteria;
        }
    }

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final ObservableMap<String, Row> rows = FXCollections.observableHashMap();
    /** Kept, not made per call: an unmodifiable wrapper listens weakly to its source (see ConsolidatedScores). */
    private final ObservableMap<String, Row> readOnlyRows = FXCollections.unmodifiableObservableMap(rows);

    private final ReadOnlyStringWrapper avisCount = new ReadOnlyStringWrapper("");
    private final ObservableSet<String> withAvis = FXCollections.observableSet();
    private final ObservableSet<String> readOnlyWithAvis = FXCollections.unmodifiableObservableSet(withAvis);
    private final ReadOnlyObjectWrapper<Reviewer> user = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper userText = new ReadOnlyStringWrapper("");

    public ProgressViewModel(TaskRunner runner, WorkspaceState state, Messages messages) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        user.addListener((o, old, now) -> userText.set(describe(now)));
        userText.set(describe(null));
    }

    /** Reads again the progress of every dossier and the user's identity. */
    public void refresh() {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty()) {
            rows.clear();
            withAvis.clear();
            avisCount.set("");
            user.set(null);
            return;
        }
        Workspace current = workspace.get();
        runner.run(
                messages.get("status.progress"),
                p -> new Snapshot(
                        current.listProgress().all(),
                        current.readReviews().all(),
                        current.workspaceUser().current()),
                this::show);
    }

    private void show(Snapshot snapshot) {
        Map<String, Row> next = new HashMap<>();
        for (DossierProgress p : snapshot.overview().dossiers()) {
            Recommendation avis = Optional.ofNullable(snapshot.reviews().get(p.dossierNumber()))
                    .flatMap(DossierReviews::avis)
                    .map(Avis::recommendation)
                    .orElse(null);
            next.put(p.dossierNumber(), new Row(p.scored(), p.total(), avis, p.scoredCriteria(), p.criteria()));
        }
        rows.keySet().retainAll(next.keySet());
        next.forEach((number, row) -> {
            if (!row.equals(rows.get(number))) {
                rows.put(number, row);
            }
        });
        java.util.Set<String> numbers = new java.util.HashSet<>();
        snapshot.reviews().forEach((number, reviews) -> reviews.avis().ifPresent(a -> numbers.add(number)));
        withAvis.retainAll(numbers);
        withAvis.addAll(numbers);
        avisCount.set(messages.count(
                "status.avisCount",
                snapshot.overview().dossierCount(),
                snapshot.overview().withAvis()));
        user.set(snapshot.user().orElse(null));
    }

    /** Stores who the user is, then runs {@code then}. */
    void setUser(Reviewer reviewer, Runnable then) {
        Optional<Workspace> workspace = state.current();
        if (workspace.isEmpty()) {
            return;
        }
        Workspace current = workspace.get();
        runner.run(
                messages.get("status.savingUser"), p -> current.workspaceUser().set(reviewer), saved -> {
                    user.set(saved);
                    then.run();
                });
    }

    /** Forgets the identity held here, after the workspace said none is set. */
    void forgetUser() {
        user.set(null);
    }

    /** Each dossier's progress, by dossier number. */
    public ObservableMap<String, Row> rows() {
        return readOnlyRows;
    }

    /** The list's total: "62", or "6 · 1/10" while partial; empty without review. */
    public String totalText(Row row) {
        if (row == null || row.total() == null) {
            return "";
        }
        String total = Formats.french(row.total());
        return row.partial()
                ? messages.format("column.total.partial", total, row.scoredCriteria(), row.criteria())
                : total;
    }

    /** What the list's total means, for its tooltip and screen readers. */
    public String totalExplanation(Row row) {
        if (row == null || row.total() == null) {
            return "";
        }
        return row.partial()
                ? messages.count("column.total.partial.tooltip", row.scoredCriteria(), row.criteria())
                : messages.get("column.total.complete.tooltip");
    }

    /** The numbers of the dossiers, of either phase, that have the region's avis. */
    public ObservableSet<String> withAvis() {
        return readOnlyWithAvis;
    }

    /** "3 / 12 dossiers avec avis": phase 1's dossiers. */
    public ReadOnlyStringProperty avisCountProperty() {
        return avisCount.getReadOnlyProperty();
    }

    public Optional<Reviewer> user() {
        return Optional.ofNullable(user.get());
    }

    public ReadOnlyObjectProperty<Reviewer> userProperty() {
        return user.getReadOnlyProperty();
    }

    /** Who the user is, as the status bar says it. */
    public ReadOnlyStringProperty userTextProperty() {
        return userText.getReadOnlyProperty();
    }

    private String describe(Reviewer reviewer) {
        if (reviewer == null) {
            return messages.get("user.unknown");
        }
        String role = messages.get("role." + reviewer.role().name());
        if (reviewer.region() != null) {
            role = messages.format("role.withRegion", role, reviewer.region());
        }
        return messages.format("user.text", reviewer.name(), role);
    }

    /** What one read of the progress gave. */
    private record Snapshot(ProgressOverview overview, Map<String, DossierReviews> reviews, Optional<Reviewer> user) {}
}
