package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.DossierView;
import fr.ptce.workbench.application.review.ReviewSheet;
import fr.ptce.workbench.domain.audit.AuditEntry;
import fr.ptce.workbench.domain.check.DossierChecks;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.GridTotals;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.ui.common.Autosave;
import fr.ptce.workbench.ui.common.ProgressViewModel;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.Formats;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

/**
 * The scoring screen's state: the grid of the shown dossier, the user's scores and comments with live subtotals
 * and total, the focused criterion and its keyboard commands, and the history; each change is autosaved.
 */
public final class ScoringViewModel {

    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final Autosave autosave;
    private final ProgressViewModel progress;
    private final JudgementViewModel judgement;
    private final AvisViewModel avis;
    private final ReviewersViewModel reviewers;
    private final ReadOnlyObjectWrapper<Grid> grid = new ReadOnlyObjectWrapper<>();
    private final Map<String, CriterionModel> criteria = new LinkedHashMap<>();
    private final ObservableMap<String, String> subtotals = FXCollections.observableHashMap();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper focused = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper lastError = new ReadOnlyStringWrapper("");
    private final ObservableList<AuditEntry> history = FXCollections.observableArrayList();
    private String number;
    private BigDecimal halfBase;
    /** A shared workspace hides the others' reviews from an expert until they have scored: read them then. */
    private boolean othersWaitForScores;

    public ScoringViewModel(
            TaskRunner runner, WorkspaceState state, Messages messages, ProgressViewModel progress, Autosave autosave) {
        this.progress = progress;
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        this.autosave = autosave;
        this.judgement = new JudgementViewModel(autosave, this::number, this::afterSave, this::failed);
        this.avis = new AvisViewModel(runner, state, messages, autosave, this::number, judgement, this::afterSave);
        this.reviewers = new ReviewersViewModel(messages);
    }

    /**
     * Whether the shown dossier's sheet is being read: the screen still shows the previous one, so the keys typed
     * meanwhile wait (KeyBuffer) rather than score it.
     */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Saves what is still being typed, then loads the scoring sheet of this dossier (null clears it). */
    public void show(String dossierNumber) {
        flush();
        if (!Objects.equals(number, dossierNumber) && !criteria.isEmpty()) {
            focused.set(criteria.keySet().iterator().next());
        }
        number = dossierNumber;
        halfBase = null;
        Optional<Workspace> workspace = state.current();
        if (dossierNumber == null || workspace.isEmpty()) {
            title.set("");
            loading.set(false);
            return;
        }
        Workspace current = workspace.get();
        loading.set(true);
        runner.run(
                messages.format("status.loadingSheet", dossierNumber),
                p -> new Loaded(
                        current.readReviews().of(dossierNumber),
                        current.readDossiers()
                                .byNumber(dossierNumber)
                                .map(DossierView::checks)
                                .orElse(null),
                        current.settings().disagreementThreshold()),
                loaded -> {
                    if (Objects.equals(dossierNumber, number)) {
                        apply(loaded);
                        loading.set(false);
                    }
                },
                error -> {
                    if (Objects.equals(dossierNumber, number)) {
                        loading.set(false);
                    }
                });
    }

    /** Reads the shown dossier's sheet again, e.g. after a failed change, so that the screen shows what is saved. */
    public void reload() {
        show(number);
    }

    /** Commits every comment, note and avis text still being typed. */
    public void flush() {
        criteria.values().forEach(c -> c.comment().commit());
        judgement.flush();
        avis.flush();
    }

    private void apply(Loaded loaded) {
        ReviewSheet sheet = loaded.sheet();
        Grid g = sheet.grid();
        if (grid.get() == null
                || !g.id().equals(grid.get().id())
                || g.version() != grid.get().version()) {
            criteria.clear();
            for (Criterion c : g.criteria()) {
                criteria.put(c.code(), new CriterionModel(c, text -> saveComment(c.code(), text)));
            }
            grid.set(g);
        }
        Optional<Review> mine = sheet.mine();
        criteria.values().forEach(c -> {
            c.valueProperty().set(mine.map(r -> r.score(c.code()).value()).orElse(null));
            c.comment().load(mine.map(r -> r.score(c.code()).comment()).orElse(""));
        });
        updateTotals();
        history.setAll(sheet.history());
        title.set(messages.format("scoring.title", number));
        judgement.load(mine, loaded.checks());
        avis.load(sheet.avis(), sheet.override(), loaded.checks());
        avis.consolidated().load(g, mine, sheet.others(), sheet.avis());
        reviewers.useWorkspaceThreshold(loaded.threshold());
        reviewers.load(g, mine, sheet.others());
        othersWaitForScores = state.current().map(Workspace::isShared).orElse(false)
                && !mine.map(r -> complete(g, r)).orElse(false);
        if (focused.get() == null || !criteria.containsKey(focused.get())) {
            focused.set(g.criteria().get(0).code());
        }
    }

    /** A digit typed on the focused criterion: scores it; after the half mark, adds a half to the last digit. */
    public void digit(int digit) {
        String code = focused.get();
        if (code == null || number == null) {
            return;
        }
        if (halfBase != null && digit == 5) {
            BigDecimal half = halfBase.add(new BigDecimal("0.5"));
            halfBase = null;
            score(code, half);
            return;
        }
        halfBase = BigDecimal.valueOf(digit);
        score(code, halfBase);
    }

    /** The half mark ("," or "."): the next 5 adds a half point to the digit just typed. */
    public void halfMark() {
        if (halfBase == null) {
            halfBase = criteria.containsKey(focused.get())
                    ? criteria.get(focused.get()).valueProperty().get()
                    : null;
        }
    }

    /** Clears the focused criterion's score (Delete / Backspace). */
    public void clearFocused() {
        if (focused.get() != null) {
            score(focused.get(), null);
        }
    }

    /** Moves the focus to the next criterion (Down), staying on the last. */
    public void focusNext() {
        moveFocus(1);
    }

    /** Moves the focus to the previous criterion (Up), staying on the first; a new dossier starts at the first. */
    public void focusPrevious() {
        moveFocus(-1);
    }

    private void moveFocus(int delta) {
        List<String> codes = new ArrayList<>(criteria.keySet());
        if (codes.isEmpty()) {
            return;
        }
        int index = Math.max(0, codes.indexOf(focused.get()));
        focused.set(codes.get(Math.max(0, Math.min(codes.size() - 1, index + delta))));
        halfBase = null;
    }

    /** Makes this criterion the focused one (the view calls it when the user clicks or tabs). */
    public void focus(String code) {
        if (criteria.containsKey(code) && !code.equals(focused.get())) {
            focused.set(code);
            halfBase = null;
        }
    }

    /** Scores a criterion (null clears it): the totals change at once, the score is saved away from the screen. */
    public void score(String code, BigDecimal value) {
        CriterionModel criterion = criteria.get(code);
        if (criterion == null || number == null) {
            return;
        }
        String dossier = number;
        criterion.valueProperty().set(value);
        updateTotals();
        autosave.save(w -> w.scoreDossier().setScore(dossier, code, value), this::afterSave, this::failed);
    }

    private void saveComment(String code, String text) {
        String dossier = number;
        autosave.save(w -> w.scoreDossier().setComment(dossier, code, text), this::afterSave, this::failed);
    }

    private void afterSave(Object saved) {
        lastError.set("");
        if (saved instanceof Review review && review.dossierNumber().equals(number)) {
            criteria.values()
                    .forEach(c -> c.valueProperty().set(review.score(c.code()).value()));
            updateTotals();
            avis.consolidated().mineChanged(review);
            reviewers.mineChanged(review);
            if (othersWaitForScores && complete(grid.get(), review)) {
                othersWaitForScores = false;
                readOthers(review);
            }
        }
        String dossier = number;
        state.current()
                .ifPresent(w -> runner.run(
                        messages.get("status.history"),
                        p -> w.readReviews().of(dossier).history(),
                        entries -> {
                            if (Objects.equals(dossier, number)) {
                                history.setAll(entries);
                            }
                        }));
    }

    private static boolean complete(Grid grid, Review review) {
        return grid != null
                && grid.codes().stream().allMatch(c -> review.score(c).value() != null);
    }

    /** The others' reviews and the avis the database lets the user read now that every criterion is scored. */
    private void readOthers(Review mine) {
        String dossier = number;
        Grid g = grid.get();
        state.current()
                .ifPresent(w -> runner.run(
                        messages.get("status.history"), p -> w.readReviews().of(dossier), sheet -> {
                            if (Objects.equals(dossier, number) && g == grid.get()) {
                                avis.consolidated().load(g, Optional.of(mine), sheet.others(), sheet.avis());
                                reviewers.load(g, Optional.of(mine), sheet.others());
                                history.setAll(sheet.history());
                            }
                        }));
    }

    private void failed(Throwable error) {
        lastError.set(Dialogs.errorText(error));
        reload();
    }

    private void updateTotals() {
        Grid g = grid.get();
        if (g == null) {
            return;
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        criteria.values().forEach(c -> {
            if (c.valueProperty().get() != null) {
                values.put(c.code(), c.valueProperty().get());
            }
        });
        GridTotals totals = g.totals(values);
        g.blocks()
                .forEach(b -> subtotals.put(
                        b.code(),
                        messages.format(
                                "scoring.subtotal",
                                Formats.french(totals.block(b.code())),
                                Formats.french(g.blockMax(b.code())))));
        total.set(
                totals.complete()
                        ? messages.format("scoring.total", Formats.french(totals.total()))
                        : messages.format(
                                "scoring.total.partial",
                                Formats.french(totals.total()),
                                totals.scored(),
                                totals.criteria()));
    }

    String number() {
        return number;
    }

    /** The grid of the shown dossier; a new grid rebuilds the criteria. */
    public ReadOnlyObjectProperty<Grid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    public CriterionModel criterion(String code) {
        return criteria.get(code);
    }

    public List<CriterionModel> criteria() {
        return List.copyOf(criteria.values());
    }

    /** Each block's subtotal, e.g. "30 / 50", by block code. */
    public ObservableMap<String, String> subtotals() {
        return subtotals;
    }

    /** The total out of 100, e.g. "Total : 62 / 100", or "Total provisoire : 24 / 100 (3/10 critères notés)". */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The code of the focused criterion. */
    public ReadOnlyStringProperty focusedProperty() {
        return focused.getReadOnlyProperty();
    }

    /** The message of the last refused change, empty after a successful one. */
    public ReadOnlyStringProperty lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    public ObservableList<AuditEntry> history() {
        return history;
    }

    public JudgementViewModel judgement() {
        return judgement;
    }

    public AvisViewModel avis() {
        return avis;
    }

    /** The reviews side by side. */
    public ReviewersViewModel reviewers() {
        return reviewers;
    }

    public Autosave autosave() {
        return autosave;
    }

    /** Each dossier's progress, the avis count and the user. */
    public ProgressViewModel progress() {
        return progress;
    }

    /** What one load of a dossier gave: its scoring sheet and its checks (for the pre-filled target c). */
    private record Loaded(ReviewSheet sheet, DossierChecks checks, BigDecimal threshold) {}
}
