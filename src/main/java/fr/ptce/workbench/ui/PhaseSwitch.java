package fr.ptce.workbench.ui;

import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.fx.KeyFocus;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.phase2.Phase2Pane;
import fr.ptce.workbench.ui.phase2.Phase2ViewModel;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;

/**
 * The dossiers tab with its phase selector (« Phase 1 » / « Phase 2 », offered once the workspace holds phase-2
 * dossiers): phase 1's list and reader, or phase 2's; and, for a phase-1 dossier that has a phase-2 dossier, the
 * link to it. Following a phase-2 dossier's link back selects its phase-1 dossier. The selector comes before the
 * list in the Tab order; Ctrl+Maj+P switches the phase ({@link #toggle()}).
 */
final class PhaseSwitch {

    private final BorderPane pane;
    private final Messages messages;
    private final Phase2Scoring scoring;
    private final Phase2ViewModel phase2;
    private final ToggleButton one;
    private final ToggleButton two;

    PhaseSwitch(MainViewModel viewModel, Phase2ViewModel phase2, Node phase1Content, Messages messages) {
        this.messages = messages;
        ToggleGroup group = new ToggleGroup();
        this.phase2 = phase2;
        one = new ToggleButton(messages.get("phase.one"));
        one.setId("phase1Toggle");
        one.setToggleGroup(group);
        one.setSelected(true);
        two = new ToggleButton(messages.get("phase.two"));
        two.setId("phase2Toggle");
        two.setToggleGroup(group);
        Hyperlink toPhase2 = new Hyperlink();
        toPhase2.setId("phase2Link");
        toPhase2.setAccessibleText(messages.get("phase.toPhase2.accessible"));
        HBox bar = new HBox(6, one, two, toPhase2);
        bar.setId("phaseBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.visibleProperty().bind(phase2.availableProperty());
        bar.managedProperty().bind(phase2.availableProperty());
        Phase2Pane phase2Pane = new Phase2Pane(phase2, messages);
        scoring = new Phase2Scoring(viewModel, phase2, phase2Pane, messages);
        // the bar first among the children: Tab reaches it before the list (the center changes with the phase, and
        // a new center joins the children last)
        pane = new BorderPane();
        pane.setTop(bar);
        pane.setCenter(phase1Content);

        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                // a toggle group lets the selected button be clicked off: keep one phase chosen
                group.selectToggle(old);
            } else {
                phase2.phaseProperty().set(now == two ? Phase.TWO : Phase.ONE);
            }
        });
        phase2.phaseProperty().addListener((o, old, phase) -> {
            group.selectToggle(phase == Phase.TWO ? two : one);
            pane.setCenter(phase == Phase.TWO ? phase2Pane : phase1Content);
            link(toPhase2, phase2, viewModel.selectedProperty().get());
        });
        viewModel.selectedProperty().addListener((o, old, now) -> link(toPhase2, phase2, now));
        phase2.dossiers().addListener((javafx.collections.ListChangeListener<Object>)
                c -> link(toPhase2, phase2, viewModel.selectedProperty().get()));
        toPhase2.setOnAction(
                e -> phase2.ofPhase1(number(viewModel.selectedProperty().get()))
                        .ifPresent(v -> phase2.showPhase2(v.number())));
        phase2.phase1RequestProperty().addListener((o, old, number) -> {
            if (number != null) {
                viewModel.dossiers().stream()
                        .filter(d -> d.number().equals(number))
                        .findFirst()
                        .ifPresent(viewModel.selectedProperty()::set);
            }
        });
        viewModel.listingsProperty().addListener((o, old, now) -> phase2.refresh());
    }

    private void link(Hyperlink link, Phase2ViewModel phase2, DossierSummary selected) {
        Optional<String> number = phase2.phaseProperty().get() == Phase.ONE
                ? phase2.ofPhase1(number(selected)).map(v -> v.number())
                : Optional.empty();
        link.setVisible(number.isPresent());
        link.setText(number.map(n -> messages.format("phase.toPhase2", n)).orElse(""));
    }

    private static String number(DossierSummary summary) {
        return summary == null ? null : summary.number();
    }

    /**
     * Ctrl+Maj+P: the other phase's list, when the workspace holds phase-2 dossiers; the focus on the phase's button,
     * from which Tab goes into its list.
     */
    void toggle() {
        if (!phase2.availableProperty().get()) {
            return;
        }
        Phase now = phase2.phaseProperty().get() == Phase.TWO ? Phase.ONE : Phase.TWO;
        phase2.phaseProperty().set(now);
        KeyFocus.request(now == Phase.TWO ? two : one);
    }

    Node node() {
        return pane;
    }

    /** Phase 2's scoring screen. */
    Phase2Scoring scoring() {
        return scoring;
    }
}
