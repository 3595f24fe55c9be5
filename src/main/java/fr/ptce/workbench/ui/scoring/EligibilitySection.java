package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.domain.review.EligibilityAnswer;
import fr.ptce.workbench.domain.review.EligibilityCriterion;
import fr.ptce.workbench.domain.review.Governance;
import fr.ptce.workbench.domain.review.Maturity;
import fr.ptce.workbench.domain.review.Targets;
import fr.ptce.workbench.ui.fx.Debounce;
import fr.ptce.workbench.ui.fx.KeyFocus;
import fr.ptce.workbench.ui.fx.LazyTooltip;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The eligibility EL1–EL7 (oui / en perspective / non and a note) with "n/7 — éligible", the democratic governance
 * (oui / en perspective / non), maturity and targets; each criterion and target with the call's words as its tooltip.
 * Answered from the keyboard: O (oui), P (en perspective), N (non), Suppr to clear, ↑ / ↓ between the questions.
 */
final class EligibilitySection extends ScrollPane {

    private final JudgementViewModel viewModel;
    private final Messages messages;
    /** The questions answered with O / P / N, in the order ↑ / ↓ go through them: EL1–EL7, then governance. */
    private final java.util.List<Question> questions = new java.util.ArrayList<>();

    private boolean updating;

    EligibilitySection(JudgementViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("eligibilitySection");
        setFitToWidth(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        for (EligibilityCriterion c : EligibilityCriterion.values()) {
            Label label = new Label(c.name() + " — " + c.label());
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
            label.setPrefWidth(320);
            LazyTooltip.install(label, messages.format("call.words", c.callText()));
            HBox answers = answers(c);
            label.setLabelFor(answers);
            TextField note = new TextField();
            note.setId("eligibilityNote-" + c.name());
            note.setPromptText(messages.get("eligibility.note.prompt"));
            note.setAccessibleText(messages.format("eligibility.note.accessible", c.name()));
            Debounce.attach(note, viewModel.note(c));
            GridPane.setHgrow(note, Priority.ALWAYS);
            grid.addRow(row++, label, answers, note);
        }
        Label summary = new Label();
        summary.setId("eligibilitySummary");
        summary.getStyleClass().add("field-name");
        summary.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> messages.format(
                                "eligibility.summary",
                                viewModel.metProperty().get(),
                                messages.get(
                                        viewModel.eligibleProperty().get()
                                                ? "eligibility.eligible"
                                                : "eligibility.notEligible")),
                        viewModel.metProperty(),
                        viewModel.eligibleProperty()));

        VBox content = new VBox(
                12,
                Nodes.heading(messages.get("eligibility.heading"), "eligibilityHeading"),
                grid,
                summary,
                governance(),
                maturity(),
                targets());
        content.setPadding(new javafx.geometry.Insets(8));
        setContent(content);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** One question's answer buttons (oui, en perspective, non) and what answering it does (null clears it). */
    private record Question(HBox box, ToggleGroup group, IntConsumer answer) {

        /** The chosen answer's button, else the first one: where the focus goes on this question. */
        ToggleButton focusTarget() {
            return group.getSelectedToggle() instanceof ToggleButton chosen
                    ? chosen
                    : (ToggleButton) box.getChildren().get(0);
        }
    }

    /** The keyboard focus on the first question (its chosen answer, else « oui »). */
    void focusFirst() {
        if (!questions.isEmpty()) {
            KeyFocus.request(questions.get(0).focusTarget());
        }
    }

    /** O / P / N answer the focused question (oui, en perspective, non), Suppr clears it, ↑ / ↓ change question. */
    private void keyPressed(KeyEvent e) {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        int index = -1;
        for (int i = 0; i < questions.size(); i++) {
            if (owner != null && owner.getParent() == questions.get(i).box()) {
                index = i;
            }
        }
        if (index < 0 || e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        Question question = questions.get(index);
        switch (e.getCode()) {
            case O -> answer(question, 0);
            case P -> answer(question, 1);
            case N -> answer(question, 2);
            case DELETE, BACK_SPACE -> answer(question, -1);
            case DOWN ->
                KeyFocus.request(
                        questions.get(Math.min(questions.size() - 1, index + 1)).focusTarget());
            case UP -> KeyFocus.request(questions.get(Math.max(0, index - 1)).focusTarget());
            default -> {
                return;
            }
        }
        e.consume();
    }

    private static void answer(Question question, int answer) {
        question.answer().accept(answer);
        KeyFocus.request(question.box().getChildren().get(Math.max(0, answer)));
    }

    private HBox answers(EligibilityCriterion c) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(2);
        box.setId("eligibility-" + c.name());
        box.setMinWidth(Region.USE_PREF_SIZE);
        for (EligibilityAnswer answer : EligibilityAnswer.values()) {
            ToggleButton button = new ToggleButton(answer.label());
            button.setId("eligibility-" + c.name() + "-" + answer.name());
            button.setToggleGroup(group);
            button.setUserData(answer);
            button.setAccessibleText(messages.format("eligibility.answer.accessible", c.name(), answer.label()));
            button.setOnAction(e -> viewModel.answer(c, button.isSelected() ? answer : null));
            button.getStyleClass().add("answer-toggle");
            box.getChildren().add(button);
        }
        viewModel.answerProperty(c).addListener((o, old, now) -> select(group, now));
        select(group, viewModel.answerProperty(c).get());
        questions.add(new Question(box, group, i -> viewModel.answer(c, i < 0 ? null : EligibilityAnswer.values()[i])));
        return box;
    }

    /** The governance judgement: the call's words and oui / en perspective / non, reached like the EL answers. */
    private VBox governance() {
        Label label = new Label(messages.get("governance.label"));
        label.getStyleClass().add("field-name");
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(2);
        box.setId("governance");
        box.setMinWidth(Region.USE_PREF_SIZE);
        for (Governance answer : Governance.values()) {
            ToggleButton button = new ToggleButton(answer.label());
            button.setId("governance-" + answer.name());
            button.setToggleGroup(group);
            button.setUserData(answer);
            button.setAccessibleText(messages.format("governance.answer.accessible", answer.label()));
            button.setOnAction(e -> viewModel.setGovernance(button.isSelected() ? answer : null));
            button.getStyleClass().add("answer-toggle");
            box.getChildren().add(button);
        }
        viewModel.governanceProperty().addListener((o, old, now) -> select(group, now));
        select(group, viewModel.governanceProperty().get());
        questions.add(new Question(box, group, i -> viewModel.setGovernance(i < 0 ? null : Governance.values()[i])));
        label.setLabelFor(box);
        Label hint = new Label(messages.get("governance.hint"));
        hint.getStyleClass().add("criterion-help");
        hint.setWrapText(true);
        return new VBox(4, new HBox(8, label, box), hint);
    }

    private static void select(ToggleGroup group, Object value) {
        group.selectToggle(group.getToggles().stream()
                .filter(t -> t.getUserData() == value)
                .findFirst()
                .orElse(null));
    }

    private HBox maturity() {
        ComboBox<Maturity> choice = new ComboBox<>();
        choice.setId("maturity");
        choice.getItems().addAll(Maturity.values());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Maturity m) {
                return m == null ? "" : m.label();
            }

            @Override
            public Maturity fromString(String s) {
                return null;
            }
        });
        choice.setPromptText(messages.get("maturity.prompt"));
        choice.setOnAction(e -> {
            if (!updating) {
                viewModel.setMaturity(choice.getValue());
            }
        });
        viewModel.maturityProperty().addListener((o, old, now) -> {
            updating = true;
            choice.setValue(now);
            updating = false;
        });
        Label label = new Label(messages.get("maturity.label"));
        label.getStyleClass().add("field-name");
        label.setLabelFor(choice);
        return new HBox(8, label, choice);
    }

    private VBox targets() {
        CheckBox a = new CheckBox(messages.get("targets.a"));
        a.setId("targetA");
        CheckBox b = new CheckBox(messages.get("targets.b"));
        b.setId("targetB");
        CheckBox c = new CheckBox(messages.get("targets.c"));
        c.setId("targetC");
        c.setAllowIndeterminate(true);
        LazyTooltip.install(a, messages.format("call.words", Targets.Target.A.callText()));
        LazyTooltip.install(b, messages.format("call.words", Targets.Target.B.callText()));
        LazyTooltip.install(c, messages.format("call.words", Targets.Target.C.callText()));
        Runnable save = () -> viewModel.setTargets(
                new Targets(a.isSelected(), b.isSelected(), c.isIndeterminate() ? null : c.isSelected()));
        a.setOnAction(e -> save.run());
        b.setOnAction(e -> save.run());
        c.setOnAction(e -> save.run());
        java.util.function.Consumer<Targets> show = t -> {
            a.setSelected(t.a());
            b.setSelected(t.b());
            c.setIndeterminate(t.c() == null);
            c.setSelected(Boolean.TRUE.equals(t.c()));
        };
        viewModel.targetsProperty().addListener((o, old, t) -> show.accept(t));
        show.accept(viewModel.targetsProperty().get());
        Label heading = new Label(messages.get("targets.label"));
        heading.getStyleClass().add("field-name");
        Label hint = new Label(messages.get("targets.c.hint"));
        hint.getStyleClass().add("criterion-help");
        hint.setWrapText(true);
        return new VBox(4, heading, a, b, c, hint);
    }
}
