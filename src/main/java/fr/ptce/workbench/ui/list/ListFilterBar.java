package fr.ptce.workbench.ui.list;

import fr.ptce.workbench.application.listing.ListFilter;
import fr.ptce.workbench.application.listing.ListFilter.AvisCriterion;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.DossierState;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

/** The list's combinable filters, folded under the search box: one choice per criterion, and the saved filters. */
public final class ListFilterBar extends TitledPane {

    /** A choice of a criterion: its label and its value, null for "any". */
    public record Choice<T>(String label, T value) {}

    private final ListFilterViewModel viewModel;
    private final ChoiceBox<Choice<String>> region = new ChoiceBox<>();
    private final ChoiceBox<Choice<DossierState>> state = new ChoiceBox<>();
    private final ChoiceBox<Choice<Admissibility>> admissibility = new ChoiceBox<>();
    private final ChoiceBox<Choice<Boolean>> scored = new ChoiceBox<>();
    private final ChoiceBox<Choice<AvisCriterion>> avis = new ChoiceBox<>();
    private final ChoiceBox<Choice<String>> target = new ChoiceBox<>();
    private final ChoiceBox<Choice<Boolean>> overLimit = new ChoiceBox<>();
    private final ChoiceBox<Choice<String>> wave = new ChoiceBox<>();
    private final ChoiceBox<Choice<Boolean>> disagreement = new ChoiceBox<>();
    private final ChoiceBox<Choice<Boolean>> altered = new ChoiceBox<>();
    private boolean showing;

    public ListFilterBar(ListFilterViewModel viewModel, ObservableList<DossierSummary> dossiers, Messages messages) {
        this.viewModel = viewModel;
        setText(messages.get("filters.title"));
        setId("listFilters");
        setExpanded(false);
        setAnimated(false);

        setUp(region, "filterRegion", List.of(new Choice<>(messages.get("filters.region.any"), null)));
        setUp(
                state,
                "filterState",
                enumChoices(messages, "filters.state.any", DossierState.values(), "enum.DossierState."));
        setUp(
                admissibility,
                "filterAdmissibility",
                enumChoices(messages, "filters.admissibility.any", Admissibility.values(), "enum.Admissibility."));
        setUp(
                scored,
                "filterScored",
                List.of(
                        new Choice<>(messages.get("filters.scored.any"), null),
                        new Choice<>(messages.get("filters.scored.yes"), true),
                        new Choice<>(messages.get("filters.scored.no"), false)));
        setUp(avis, "filterAvis", enumChoices(messages, "filters.avis.any", AvisCriterion.values(), "filters.avis."));
        setUp(
                target,
                "filterTarget",
                List.of(
                        new Choice<>(messages.get("filters.target.any"), null),
                        new Choice<>(messages.get("dashboard.targets.a"), "a"),
                        new Choice<>(messages.get("dashboard.targets.b"), "b"),
                        new Choice<>(messages.get("dashboard.targets.c"), "c")));
        setUp(
                overLimit,
                "filterOverLimit",
                List.of(
                        new Choice<>(messages.get("filters.overLimit.any"), null),
                        new Choice<>(messages.get("filters.overLimit.yes"), true),
                        new Choice<>(messages.get("filters.overLimit.no"), false)));
        setUp(wave, "filterWave", List.of(new Choice<>(messages.get("filters.wave.any"), null)));
        viewModel.waveNames().addListener((ListChangeListener<String>) c -> waves(viewModel.waveNames(), messages));
        waves(viewModel.waveNames(), messages);
        setUp(
                disagreement,
                "filterDisagreement",
                List.of(
                        new Choice<>(messages.get("filters.disagreement.any"), null),
                        new Choice<>(messages.get("filters.disagreement.yes"), true),
                        new Choice<>(messages.get("filters.disagreement.no"), false)));
        setUp(
                altered,
                "filterAltered",
                List.of(
                        new Choice<>(messages.get("filters.altered.any"), null),
                        new Choice<>(messages.get("filters.altered.yes"), true),
                        new Choice<>(messages.get("filters.altered.no"), false)));
        dossiers.addListener((ListChangeListener<DossierSummary>) c -> regions(dossiers, messages));

        ComboBox<String> saved = new ComboBox<>(viewModel.savedNames());
        saved.setId("savedFilters");
        saved.setPromptText(messages.get("filters.saved.prompt"));
        saved.setOnAction(e -> {
            if (saved.getValue() != null) {
                viewModel.use(saved.getValue());
            }
        });
        Button save = new Button(messages.get("filters.save"));
        save.setId("saveFilter");
        save.setOnAction(e -> {
            TextInputDialog dialog = new TextInputDialog();
            dialog.initOwner(getScene().getWindow());
            dialog.setTitle(messages.get("filters.save.title"));
            dialog.setHeaderText(messages.get("filters.save.header"));
            dialog.showAndWait().filter(name -> !name.isBlank()).ifPresent(viewModel::save);
        });
        Button delete = new Button(messages.get("filters.delete"));
        delete.setId("deleteFilter");
        delete.disableProperty().bind(saved.valueProperty().isNull());
        delete.setOnAction(e -> viewModel.delete(saved.getValue()));
        Button clear = new Button(messages.get("filters.clear"));
        clear.setId("clearFilters");
        clear.setOnAction(e -> {
            saved.setValue(null);
            viewModel.clear();
        });

        FlowPane pane = new FlowPane(
                6,
                6,
                region,
                state,
                admissibility,
                disagreement,
                wave,
                scored,
                avis,
                target,
                overLimit,
                altered,
                saved,
                save,
                delete,
                clear);
        // the boxes join the window when the filters are first unfolded: skinned and styled while folded, they were a
        // third of the first window's nodes, all styled before it showed (issue 21, P6)
        expandedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    expandedProperty().removeListener(this);
                    setContent(pane);
                }
            }
        });
        viewModel.filterProperty().addListener((o, old, now) -> show(now));
        // what each box filters, for screen readers: its text is only the value chosen
        region.setAccessibleText(messages.get("filters.region.accessible"));
        state.setAccessibleText(messages.get("filters.state.accessible"));
        admissibility.setAccessibleText(messages.get("filters.admissibility.accessible"));
        disagreement.setAccessibleText(messages.get("filters.disagreement.accessible"));
        wave.setAccessibleText(messages.get("filters.wave.accessible"));
        scored.setAccessibleText(messages.get("filters.scored.accessible"));
        avis.setAccessibleText(messages.get("filters.avis.accessible"));
        target.setAccessibleText(messages.get("filters.target.accessible"));
        overLimit.setAccessibleText(messages.get("filters.overLimit.accessible"));
        altered.setAccessibleText(messages.get("filters.altered.accessible"));
        saved.setAccessibleText(messages.get("filters.saved.accessible"));
    }

    private <T> void setUp(ChoiceBox<Choice<T>> box, String id, List<Choice<T>> choices) {
        box.setId(id);
        box.getItems().setAll(choices);
        box.getSelectionModel().selectFirst();
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice<T> choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public Choice<T> fromString(String text) {
                return null;
            }
        });
        box.valueProperty().addListener((o, old, now) -> changed());
    }

    private static <E extends Enum<E>> List<Choice<E>> enumChoices(
            Messages messages, String anyKey, E[] values, String prefix) {
        List<Choice<E>> choices = new ArrayList<>();
        choices.add(new Choice<>(messages.get(anyKey), null));
        for (E value : values) {
            choices.add(new Choice<>(messages.get(prefix + value.name()), value));
        }
        return choices;
    }

    private void regions(List<DossierSummary> dossiers, Messages messages) {
        String chosen = value(region);
        TreeSet<String> names = new TreeSet<>();
        dossiers.stream().map(DossierSummary::region).filter(Objects::nonNull).forEach(names::add);
        if (chosen != null) {
            names.add(chosen);
        }
        List<Choice<String>> choices = new ArrayList<>();
        choices.add(new Choice<>(messages.get("filters.region.any"), null));
        names.forEach(n -> choices.add(new Choice<>(n, n)));
        showing = true;
        region.getItems().setAll(choices);
        select(region, chosen);
        showing = false;
    }

    private void waves(List<String> names, Messages messages) {
        String chosen = value(wave);
        List<Choice<String>> choices = new ArrayList<>();
        choices.add(new Choice<>(messages.get("filters.wave.any"), null));
        names.forEach(n -> choices.add(new Choice<>(n, n)));
        showing = true;
        wave.getItems().setAll(choices);
        select(wave, chosen);
        if (wave.getValue() == null) {
            wave.getSelectionModel().selectFirst();
        }
        showing = false;
    }

    private void changed() {
        if (!showing) {
            viewModel
                    .filterProperty()
                    .set(new ListFilter(
                            value(region),
                            value(state),
                            value(admissibility),
                            value(scored),
                            value(avis),
                            value(target),
                            value(overLimit),
                            value(wave),
                            value(disagreement),
                            value(altered)));
        }
    }

    /** Shows a filter set from elsewhere (a saved one, cleared). */
    private void show(ListFilter filter) {
        showing = true;
        select(region, filter.region());
        select(state, filter.state());
        select(admissibility, filter.admissibility());
        select(scored, filter.scored());
        select(avis, filter.avis());
        select(target, filter.target());
        select(overLimit, filter.overLimit());
        select(wave, filter.wave());
        select(disagreement, filter.disagreement());
        select(altered, filter.altered());
        showing = false;
        if (!filter.isEmpty()) {
            setExpanded(true);
        }
    }

    private static <T> T value(ChoiceBox<Choice<T>> box) {
        return box.getValue() == null ? null : box.getValue().value();
    }

    private static <T> void select(ChoiceBox<Choice<T>> box, T value) {
        box.getItems().stream()
                .filter(c -> Objects.equals(c.value(), value))
                .findFirst()
                .ifPresent(box::setValue);
    }
}
