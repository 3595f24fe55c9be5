package fr.ptce.workbench.ui;

import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.phase2.Phase2Pane;
import fr.ptce.workbench.ui.phase2.Phase2ViewModel;
import fr.ptce.workbench.ui.scoring.ScoringPane;
import fr.ptce.workbench.ui.scoring.ScoringViewModel;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Phase 2's scoring screen: the same scoring view model and pane as phase 1's (grid, reviewers, avis, history; the
 * same keys, autosave and audit), on the phase-2 dossier selected in phase 2's list, whose number makes the
 * application score it on the phase-2 grid. Enter (or a double click) on a phase-2 dossier, or Ctrl+E, shows it
 * beside the phase-2 reader; Ctrl+E or Échap on a score goes back to the list.
 */
final class Phase2Scoring {

    private final ScoringViewModel viewModel;
    private final Messages messages;
    /** Built on first use (issue 21, P6): most sessions never score a phase-2 dossier. */
    private ScoringPane pane;

    private final Phase2Pane phase2Pane;
    private final Phase2ViewModel phase2;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper();

    Phase2Scoring(MainViewModel main, Phase2ViewModel phase2, Phase2Pane phase2Pane, Messages messages) {
        this.phase2 = phase2;
        this.phase2Pane = phase2Pane;
        this.messages = messages;
        viewModel = new ScoringViewModel(
                main.runner(),
                main.workspaceState(),
                messages,
                main.scoring().progress(),
                main.scoring().autosave());
        // the view model loads a dossier once the pane exists, so that the pane sees every change from the first
        phase2.selectedProperty().addListener((o, old, now) -> {
            if (pane != null) {
                viewModel.show(number(now));
            }
        });
        phase2.phaseProperty().addListener((o, old, phase) -> {
            if (phase == Phase.ONE) {
                close();
            } else {
                // built with phase 2's list, before a dossier is chosen in it: the sheet loads as it is chosen
                pane();
            }
        });
        phase2Pane.onOpen(this::open);
    }

    /** Shows the selected phase-2 dossier's scoring screen, the keyboard focus on its grid. */
    void open() {
        if (phase2.selectedProperty().get() == null) {
            if (phase2.dossiers().isEmpty()) {
                return;
            }
            phase2.selectedProperty().set(phase2.dossiers().get(0));
        }
        ScoringPane shownPane = pane();
        phase2Pane.showBeside(shownPane);
        shown.set(true);
        Platform.runLater(shownPane::focusGrid);
    }

    /** Back to the phase-2 list, what is still being typed saved. */
    void close() {
        if (shown.get()) {
            viewModel.flush();
            shown.set(false);
            phase2Pane.showList();
        }
    }

    /** Ctrl+PageDown (+1) / PageUp (-1): the next or previous phase-2 dossier, scored from the top of its grid. */
    void step(int delta) {
        int index = phase2.dossiers().indexOf(phase2.selectedProperty().get());
        int next = index + delta;
        if (index >= 0 && next >= 0 && next < phase2.dossiers().size()) {
            phase2.selectedProperty().set(phase2.dossiers().get(next));
        }
        Platform.runLater(pane()::focusGridTop);
    }

    /** Ctrl+E: the scoring screen, or back to the list. */
    void toggle() {
        if (shown.get()) {
            close();
        } else {
            open();
        }
    }

    /** Whether the phase-2 scoring screen is shown. */
    ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The phase-2 scoring pane, built the first time it is asked for. */
    ScoringPane pane() {
        if (pane == null) {
            pane = new ScoringPane(viewModel, messages).phase2Only();
            viewModel.show(number(phase2.selectedProperty().get()));
        }
        return pane;
    }

    private static String number(Phase2View view) {
        return view == null ? null : view.number();
    }

    /** The phase-2 scoring screen's view model (for the tests). */
    ScoringViewModel viewModel() {
        return viewModel;
    }
}
