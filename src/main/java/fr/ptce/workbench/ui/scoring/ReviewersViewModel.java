package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.ReviewComparison;
import fr.ptce.workbench.domain.review.ReviewComparison.Thresholds;
import fr.ptce.workbench.ui.fx.Formats;
import fr.ptce.workbench.ui.fx.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every review of the shown dossier side by side: per criterion each reviewer's score, the mean, the min–max
 * spread and a flag when they disagree. While the setting is on (the default), the others' scores stay hidden
 * until the user has scored every criterion, so that they are not anchored by them.
 */
public final class ReviewersViewModel {

    private final Messages messages;
    private final ObservableList<String> reviewers = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final BooleanProperty ownScoresFirst = new SimpleBooleanProperty(true);
    private final ObjectProperty<BigDecimal> spread = new SimpleObjectProperty<>(ReviewComparison.DEFAULT_SPREAD);
    private final ObjectProperty<BigDecimal> passMark = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper hidden = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private BigDecimal workspaceThreshold;
    private Grid grid;
    private Optional<Review> mine = Optional.empty();
    private List<Review> others = List.of();

    ReviewersViewModel(Messages messages) {
        this.messages = messages;
        ownScoresFirst.addListener((o, was, is) -> update());
        spread.addListener((o, was, is) -> update());
        passMark.addListener((o, was, is) -> update());
    }

    /**
     * Starts from the workspace's disagreement threshold (Réglages) when it is first known or changes; a value the
     * user set in the tab for this session stays until the setting itself changes.
     */
    void useWorkspaceThreshold(BigDecimal threshold) {
        if (threshold != null && !threshold.equals(workspaceThreshold)) {
            workspaceThreshold = threshold;
            spread.set(threshold);
        }
    }

    /** Shows a dossier's reviews: the user's own, then the others'. */
    void load(Grid grid, Optional<Review> mine, List<Review> others) {
        this.grid = grid;
        this.mine = mine;
        this.others = List.copyOf(others);
        update();
    }

    /** Follows the user's new scores. */
    void mineChanged(Review review) {
        if (grid != null) {
            mine = Optional.of(review);
            update();
        }
    }

    private void update() {
        if (grid == null) {
            return;
        }
        boolean complete = mine.map(
                        r -> grid.codes().stream().allMatch(c -> r.score(c).value() != null))
                .orElse(false);
        hidden.set(ownScoresFirst.get() && !others.isEmpty() && !complete);
        List<Review> shown = new ArrayList<>();
        mine.ifPresent(shown::add);
        if (!hidden.get()) {
            shown.addAll(others);
        }
        ReviewComparison comparison =
                ReviewComparison.of(grid, shown, new Thresholds(spread.get(), Optional.ofNullable(passMark.get())));
        reviewers.setAll(shown.stream()
                .map(r -> mine.filter(m -> m == r).isPresent()
                        ? messages.format("reviewers.me", r.reviewer().name())
                        : r.reviewer().name())
                .toList());
        List<Line> list = new ArrayList<>();
        for (Criterion c : grid.criteria()) {
            ReviewComparison.Row row = comparison.row(c.code());
            List<String> values = row.values().stream()
                    .map(v -> v == null ? "—" : Formats.french(v))
                    .toList();
            list.add(new Line(
                    c.code(),
                    c.label(),
                    values,
                    row.mean().map(Formats::french).orElse("—"),
                    row.min()
                            .map(min -> Formats.french(min) + " – "
                                    + Formats.french(row.max().orElseThrow()))
                            .orElse("—"),
                    row.disputed()));
        }
        lines.setAll(list);
        List<String> disputed = comparison.disputed();
        summary.set(
                hidden.get()
                        ? messages.count("reviewers.hidden", others.size())
                        : shown.size() < 2
                                ? messages.get("reviewers.alone")
                                : disputed.isEmpty()
                                        ? messages.get("reviewers.agree")
                                        : messages.format("reviewers.disputed", String.join(", ", disputed)));
    }

    /** The reviewers shown, in the order of the score columns. */
    public ObservableList<String> reviewers() {
        return reviewers;
    }

    /** One line per criterion. */
    public ObservableList<Line> lines() {
        return lines;
    }

    /** Whether the others' scores wait until the user has scored every criterion (on by default). */
    public BooleanProperty ownScoresFirstProperty() {
        return ownScoresFirst;
    }

    /** The spread that flags a criterion (default 2 points). */
    public ObjectProperty<BigDecimal> spreadProperty() {
        return spread;
    }

    /** A score that flags a criterion when reviewers fall on both sides of it (none by default). */
    public ObjectProperty<BigDecimal> passMarkProperty() {
        return passMark;
    }

    /** Whether the others' scores are hidden now. */
    public ReadOnlyBooleanProperty hiddenProperty() {
        return hidden.getReadOnlyProperty();
    }

    /** One sentence: hidden, alone, agreement, or the criteria to discuss. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A criterion's line: each reviewer's score as shown, the mean, the min–max spread, the disagreement flag. */
    public record Line(String code, String label, List<String> values, String mean, String range, boolean disputed) {}
}
