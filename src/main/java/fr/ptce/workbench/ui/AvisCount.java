package fr.ptce.workbench.ui;

import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.ui.common.ProgressViewModel;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.phase2.Phase2ViewModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;

/**
 * The status bar's count of dossiers with the region's avis, in the phase the list shows: « 3 / 24 dossiers avec
 * avis » in phase 1, « 1 / 6 dossiers avec avis » over phase 2's dossiers.
 */
final class AvisCount {

    private final Messages messages;
    private final ProgressViewModel progress;
    private final Phase2ViewModel phase2;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");

    AvisCount(Messages messages, ProgressViewModel progress, Phase2ViewModel phase2) {
        this.messages = messages;
        this.progress = progress;
        this.phase2 = phase2;
        progress.avisCountProperty().addListener((o, old, now) -> update());
        progress.withAvis().addListener((SetChangeListener<String>) c -> update());
        phase2.dossiers().addListener((ListChangeListener<Phase2View>) c -> update());
        phase2.phaseProperty().addListener((o, old, now) -> update());
        update();
    }

    private void update() {
        if (phase2.phaseProperty().get() != Phase.TWO
                || progress.avisCountProperty().get().isEmpty()) {
            text.set(progress.avisCountProperty().get());
            return;
        }
        long given = phase2.dossiers().stream()
                .filter(d -> progress.withAvis().contains(d.dossier().number()))
                .count();
        text.set(messages.count("status.avisCount", phase2.dossiers().size(), given));
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
