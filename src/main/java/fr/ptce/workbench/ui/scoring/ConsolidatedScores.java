package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.application.common.Consolidation;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.GridTotals;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.ui.fx.DraftText;
import fr.ptce.workbench.ui.fx.Formats;
import fr.ptce.workbench.ui.fx.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The avis's consolidated score per criterion beside the reviews' mean, and the reason for a change: values follow
 * the mean until the user changes one, and {@code ,} is accepted as decimal separator.
 */
public final class ConsolidatedScores {

    private final Consumer<String> saver;
    private final Map<String, DraftText> values = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> meanTexts = new LinkedHashMap<>();
    private final ObservableList<String> codes = FXCollections.observableArrayList();
    /**
     * The one read-only view of {@link #codes}, kept here: an unmodifiable wrapper only listens weakly to its
     * source, so a wrapper made per call, once collected, takes its listeners with it.
     */
    private final ObservableList<String> readOnlyCodes = FXCollections.unmodifiableObservableList(codes);

    private final DraftText reason;
    private final Messages messages;
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private Grid grid;
    private List<Review> others = List.of();
    private Map<String, BigDecimal> means = Map.of();

    ConsolidatedScores(Consumer<String> saver, Messages messages) {
        this.saver = saver;
        this.messages = messages;
        this.reason = new DraftText(saver);
    }

    /** Shows the dossier's means and the avis's values (the means while the avis follows them). */
    void load(Grid grid, Optional<Review> mine, List<Review> others, Optional<Avis> avis) {
        if (this.grid == null || !grid.codes().equals(this.grid.codes())) {
            values.clear();
            meanTexts.clear();
            grid.codes().forEach(code -> {
                DraftText value = new DraftText(saver);
                value.textProperty().addListener((o, old, now) -> showTotal());
                values.put(code, value);
                meanTexts.put(code, new ReadOnlyStringWrapper());
            });
            codes.setAll(grid.codes());
        }
        this.grid = grid;
        this.others = List.copyOf(others);
        means = Consolidation.mean(grid, reviews(mine));
        showMeans();
        boolean changed = avis.map(Avis::scoreChangeReason).isPresent();
        values.forEach((code, draft) ->
                draft.load(text(changed ? avis.get().consolidatedScores().get(code) : means.get(code))));
        reason.load(avis.map(Avis::scoreChangeReason).orElse(""));
        showTotal();
    }

    /**
     * The total of the values as typed, as the avis workbook's « Note globale » will say it: partial, with the count
     * of criteria scored, while some have no value (a value that is not a number counts as none).
     */
    private void showTotal() {
        if (grid == null) {
            total.set("");
            return;
        }
        Map<String, BigDecimal> typed = new LinkedHashMap<>();
        values.forEach((code, draft) -> {
            try {
                String text = draft.text().trim();
                if (!text.isEmpty()) {
                    typed.put(code, new BigDecimal(text.replace(',', '.')));
                }
            } catch (NumberFormatException notANumber) {
                // shown as refused when saved; counts as no value here
            }
        });
        if (typed.isEmpty()) {
            total.set("");
            return;
        }
        GridTotals totals = grid.totals(typed);
        total.set(
                totals.complete()
                        ? messages.format("avis.consolidated.total", Formats.french(totals.total()))
                        : messages.format(
                                "avis.consolidated.total.partial",
                                Formats.french(totals.total()),
                                totals.scored(),
                                totals.criteria()));
    }

    /** « Note globale consolidée : 62 / 100 », or partial with its count of criteria; empty without value. */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** Follows the user's new scores: the values still equal to the old mean take the new mean. */
    void mineChanged(Review mine) {
        if (grid == null) {
            return;
        }
        Map<String, BigDecimal> before = means;
        means = Consolidation.mean(grid, reviews(Optional.of(mine)));
        showMeans();
        values.forEach((code, draft) -> {
            if (draft.text().equals(text(before.get(code)))) {
                draft.load(text(means.get(code)));
            }
        });
    }

    private void showMeans() {
        meanTexts.forEach((code, text) -> text.set(Formats.french(means.get(code))));
    }

    private List<Review> reviews(Optional<Review> mine) {
        List<Review> all = new ArrayList<>(others);
        mine.ifPresent(all::add);
        return all;
    }

    /**
     * The scores to save, or null when every value is the mean and no reason is given (the avis then follows the
     * mean).
     *
     * @throws NumberFormatException naming the criterion code when a value is not a number
     */
    Map<String, BigDecimal> scores() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (Map.Entry<String, DraftText> e : values.entrySet()) {
            String typed = e.getValue().text().trim();
            if (!typed.isEmpty()) {
                try {
                    scores.put(e.getKey(), new BigDecimal(typed.replace(',', '.')));
                } catch (NumberFormatException notANumber) {
                    throw new NumberFormatException(e.getKey());
                }
            }
        }
        boolean followsMean = scores.keySet().equals(means.keySet())
                && scores.entrySet().stream().allMatch(s -> s.getValue().compareTo(means.get(s.getKey())) == 0);
        return followsMean && reason.text().isBlank() ? null : scores;
    }

    /** Marks every value and the reason as saved. */
    void saved() {
        values.values().forEach(v -> v.load(v.text()));
        reason.load(reason.text());
    }

    boolean dirty() {
        return reason.dirty() || values.values().stream().anyMatch(DraftText::dirty);
    }

    /** The criterion codes, in the grid's order (replaced when a dossier with another grid is shown). */
    public ObservableList<String> codes() {
        return readOnlyCodes;
    }

    /** The consolidated value typed for a criterion. */
    public DraftText value(String code) {
        return values.get(code);
    }

    /** The reviews' mean for a criterion, as shown ("—" when nobody scored it). */
    public ReadOnlyStringProperty mean(String code) {
        return meanTexts.get(code).getReadOnlyProperty();
    }

    /** Why the consolidated scores differ from the mean. */
    public DraftText reason() {
        return reason;
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : Formats.french(value);
    }
}
