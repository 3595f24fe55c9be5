package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Scale;
import fr.ptce.workbench.ui.fx.Debounce;
import fr.ptce.workbench.ui.fx.Formats;
import fr.ptce.workbench.ui.fx.LazyTooltip;
import fr.ptce.workbench.ui.fx.Messages;
import java.math.BigDecimal;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One criterion on the scoring screen: its label, the call's full words (the label's tooltip, and below it while
 * focused when they say more than the label), the score control (one toggle per value of the scale, focusable as a
 * whole: {@code score-<CODE>}) and the comment field ({@code comment-<CODE>}).
 */
final class CriterionRow extends VBox {

    private final CriterionModel model;
    private final HBox scoreControl = new HBox(2);
    private final TextField comment = new TextField();
    private final ToggleGroup group = new ToggleGroup();

    CriterionRow(CriterionModel model, Scale scale, ScoringViewModel viewModel, Messages messages) {
        super(3);
        this.model = model;
        Criterion criterion = model.criterion();
        String code = criterion.code();
        getStyleClass().add("criterion-row");

        Label label = new Label(code + " — " + criterion.label());
        label.getStyleClass().add("criterion-label");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMaxWidth(Double.MAX_VALUE);
        if (!criterion.help().isBlank()) {
            label.setTooltip(wrapped(messages.format("call.words", criterion.help())));
        }

        scoreControl.setId("score-" + code);
        scoreControl.getStyleClass().add("score-control");
        scoreControl.setFocusTraversable(true);
        scoreControl.setUserData(code);
        for (BigDecimal value : scale.values()) {
            ToggleButton button = new ToggleButton(Formats.french(value));
            button.setUserData(value);
            button.setToggleGroup(group);
            button.setFocusTraversable(false);
            button.setId("score-" + code + "-" + Formats.french(value));
            scale.meaning(value).ifPresent(m -> button.setTooltip(new Tooltip(m)));
            button.setOnAction(e -> {
                viewModel.focus(code);
                viewModel.score(code, button.isSelected() ? value : null);
                scoreControl.requestFocus();
            });
            scoreControl.getChildren().add(button);
        }
        scoreControl.setOnMouseClicked(e -> scoreControl.requestFocus());
        HBox top = new HBox(8, label, scoreControl);

        Label help = new Label(criterion.help());
        help.setId("help-" + code);
        help.getStyleClass().add("criterion-help");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        // the call's full words while focused, unless the label already says them all
        if (!criterion.help().isBlank() && !criterion.help().equals(criterion.label())) {
            help.visibleProperty().bind(viewModel.focusedProperty().isEqualTo(code));
        } else {
            help.setVisible(false);
        }
        help.managedProperty().bind(help.visibleProperty());

        comment.setId("comment-" + code);
        comment.setUserData(code);
        comment.setPromptText(messages.get("scoring.comment.prompt"));
        comment.setAccessibleText(messages.format("scoring.comment.accessible", code, criterion.label()));
        Debounce.attach(comment, model.comment());
        comment.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                viewModel.focus(code);
            }
        });
        label.setLabelFor(scoreControl);

        model.valueProperty().addListener((o, old, now) -> show(now, scale, messages));
        show(model.valueProperty().get(), scale, messages);
        getChildren().addAll(top, help, comment);
    }

    private void show(BigDecimal value, Scale scale, Messages messages) {
        Toggle match = group.getToggles().stream()
                .filter(t -> value != null && ((BigDecimal) t.getUserData()).compareTo(value) == 0)
                .findFirst()
                .orElse(null);
        group.selectToggle(match);
        String meaning = scale.meaning(value).map(m -> " (" + m + ")").orElse("");
        scoreControl.setAccessibleText(messages.format(
                "scoring.score.accessible",
                model.code(),
                model.criterion().label(),
                value == null ? messages.get("scoring.notScored") : Formats.french(value) + meaning));
    }

    /** A tooltip that wraps a long text instead of running off the screen. */
    static Tooltip wrapped(String text) {
        return LazyTooltip.wrapped(text);
    }

    HBox scoreControl() {
        return scoreControl;
    }

    TextField comment() {
        return comment;
    }
}
