package fr.ptce.workbench.ui.workspace;

import fr.ptce.workbench.application.WorkspaceSettings;
import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.domain.check.LengthLimits;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.ui.common.SharedConflict;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;

/**
 * The settings dialog's save in a shared workspace: only the values the user changed are written, each over the
 * version the dialog read, so that a value someone else changed meanwhile is refused rather than overwritten
 * (« X a modifié ce réglage à HH:MM »), the others being saved; the first refusal opens a {@link SharedConflict}.
 */
final class SharedSettingsSave {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final SharedConflict conflict = new SharedConflict();
    private final AtomicReference<Refused> refused = new AtomicReference<>();
    private Map<Section, Integer> loadedLimits = new EnumMap<>(Section.class);
    private BigDecimal loadedThreshold;
    private Map<String, Long> versions = Map.of();
    private long campaignStamp;

    SharedSettingsSave(TaskRunner runner, WorkspaceState state, Messages messages) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
    }

    SharedConflict conflict() {
        return conflict;
    }

    /** What the dialog showed: the values and their versions. */
    void loaded(LengthLimits limits, BigDecimal threshold, Map<String, Long> versions) {
        Map<Section, Integer> shown = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            shown.put(section, limits.limit(section));
        }
        this.loadedLimits = shown;
        this.loadedThreshold = threshold;
        this.versions = Map.copyOf(versions);
    }

    /** Saves the changed values (on the task's thread); a refusal is kept for {@link #openRefused()}. */
    void save(WorkspaceSettings settings, Map<Section, Integer> limits, BigDecimal threshold) {
        refused.set(null);
        limits.forEach((section, chars) -> {
            if (!chars.equals(loadedLimits.get(section))) {
                attempt(
                        v -> settings.setLengthLimit(section, chars, v),
                        versions.getOrDefault(WorkspaceSettings.limitName(section), 0L));
            }
        });
        if (loadedThreshold == null || threshold.compareTo(loadedThreshold) != 0) {
            attempt(
                    v -> settings.setDisagreementThreshold(threshold, v),
                    versions.getOrDefault(WorkspaceSettings.thresholdName(), 0L));
        }
    }

    /** The campaign's stamp the dialog read with its text. */
    void campaignLoaded(long stamp) {
        this.campaignStamp = stamp;
    }

    /** Saves the campaign's text over the stamp read (on the task's thread); a refusal as a setting's. */
    void saveCampaign(fr.ptce.workbench.application.national.CampaignSettings campaign, String text) {
        attempt(v -> campaign.save(text, v), campaignStamp);
    }

    /** A refused save and how to make it again over another version. */
    private record Refused(ConcurrentChangeException conflict, LongConsumer again) {}

    private void attempt(LongConsumer save, long base) {
        try {
            save.accept(base);
        } catch (ConcurrentChangeException e) {
            refused.compareAndSet(null, new Refused(e, save));
        }
    }

    /** Opens the first refusal of the last save, on the JavaFX thread; keeping mine saves it over theirs. */
    void openRefused() {
        Refused first = refused.getAndSet(null);
        if (first == null) {
            return;
        }
        conflict.open(
                first.conflict(),
                current -> state.current()
                        .ifPresent(w -> runner.run(
                                messages.get("status.settings"),
                                p -> {
                                    first.again().accept(current);
                                    return null;
                                },
                                done -> {})));
    }
}
