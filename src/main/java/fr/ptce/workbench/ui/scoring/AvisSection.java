package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.ui.fx.Debounce;
import fr.ptce.workbench.ui.fx.DraftText;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.Nodes;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The region's avis form (recommendation, phase 2, motivation with its draft, strengths, points of attention) and
 * the admissibility override.
 */
final class AvisSection extends ScrollPane {

    private final AvisViewModel viewModel;
    private final Messages messages;
    private final VBox content;
    private boolean updating;

    AvisSection(AvisViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setId("avisSection");
        setFitToWidth(true);
        viewModel.conflictProperty().addListener((o, old, conflict) -> {
            if (conflict != null) {
                // after the save's callback, so that the dialog does not nest in it
                javafx.application.Platform.runLater(
                        () -> AvisConflictDialog.ask(getScene().getWindow(), messages, conflict)
                                .ifPresent(viewModel::resolve));
            }
        });

        ComboBox<Recommendation> recommendation =
                combo("recommendation", Recommendation.values(), Recommendation::label);
        recommendation.setPromptText(messages.get("avis.recommendation.prompt"));
        recommendation.setOnAction(e -> {
            if (!updating) {
                viewModel.setRecommendation(recommendation.getValue());
            }
        });
        viewModel.recommendationProperty().addListener((o, old, now) -> {
            updating = true;
            recommendation.setValue(now);
            updating = false;
        });

        CheckBox phase2 = new CheckBox(messages.get("avis.phase2"));
        phase2.setId("phase2");
        phase2.setOnAction(e -> {
            viewModel.setPhase2(phase2.isSelected());
            phase2.setSelected(viewModel.phase2Property().get());
        });
        viewModel.phase2Property().addListener((o, old, now) -> phase2.setSelected(now));
        Label refusal = new Label();
        refusal.setId("phase2Refusal");
        refusal.getStyleClass().add("flagged");
        refusal.setWrapText(true);
        refusal.setMinHeight(Region.USE_PREF_SIZE);
        refusal.textProperty().bind(viewModel.refusalProperty());
        refusal.visibleProperty().bind(viewModel.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        Label alerts = new Label();
        alerts.setId("avisAlerts");
        alerts.getStyleClass().add("flagged");
        alerts.setWrapText(true);
        alerts.setMinHeight(Region.USE_PREF_SIZE);
        alerts.textProperty().bind(viewModel.alertsProperty());
        alerts.visibleProperty().bind(viewModel.alertsProperty().isNotEmpty());
        alerts.managedProperty().bind(alerts.visibleProperty());

        TextArea motivation = area("motivation", viewModel.motivation(), 6);
        Button draft = new Button(messages.get("avis.draft"));
        draft.setId("draftMotivation");
        draft.setOnAction(e -> viewModel.draftFromComments());
        TextArea strengths = area("strengths", viewModel.strengths(), 3);
        TextArea attention = area("attentionPoints", viewModel.attention(), 3);
        Label state = new Label();
        state.setId("avisState");
        state.getStyleClass().add("criterion-help");
        state.textProperty().bind(viewModel.avisStateProperty());

        content = new VBox(
                8,
                Nodes.heading(messages.get("avis.heading"), "avisHeading"),
                labelled("avis.recommendation", recommendation),
                alerts,
                phase2,
                refusal,
                labelled("avis.motivation", motivation),
                draft,
                labelled("avis.strengths", strengths),
                labelled("avis.attention", attention),
                new ConsolidatedGrid(viewModel, messages),
                state,
                new Separator(),
                override());
        content.setPadding(new Insets(8));
        setContent(content);
    }

    /**
     * For a phase-2 dossier: neither the proposal « en phase 2 » (it is there already) nor the admissibility
     * override of the phase-1 checks.
     */
    void phase2Only() {
        content.getChildren()
                .removeIf(node -> node.getId() != null
                                && List.of("phase2", "phase2Refusal", "avisAlerts")
                                        .contains(node.getId())
                        || node instanceof Separator
                        || node.lookup("#overrideHeading") != null);
    }

    private VBox override() {
        ComboBox<Admissibility> value = combo("overrideValue", Admissibility.values(), Admissibility::label);
        value.valueProperty().bindBidirectional(viewModel.overrideValueProperty());
        value.setPromptText(messages.get("override.value.prompt"));
        TextField reason = new TextField();
        reason.setId("overrideReason");
        reason.textProperty().bindBidirectional(viewModel.overrideReasonProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button apply = new Button(messages.get("override.apply"));
        apply.setId("overrideApply");
        apply.setOnAction(e -> viewModel.applyOverride());
        Label state = new Label();
        state.setId("overrideState");
        state.setWrapText(true);
        state.textProperty().bind(viewModel.overrideStateProperty());
        return new VBox(
                6,
                Nodes.heading(messages.get("override.heading"), "overrideHeading"),
                labelled("override.value", value),
                labelled("override.reason", reason),
                apply,
                state);
    }

    private <T> ComboBox<T> combo(String id, T[] values, java.util.function.Function<T, String> label) {
        ComboBox<T> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().addAll(values);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return combo;
    }

    private TextArea area(String id, DraftText draft, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        Debounce.attach(area, draft);
        return area;
    }

    private VBox labelled(String key, javafx.scene.control.Control control) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("field-name");
        label.setLabelFor(control);
        control.setAccessibleText(messages.get(key));
        return new VBox(2, label, control);
    }
}
