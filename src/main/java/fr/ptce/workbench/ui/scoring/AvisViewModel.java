package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.application.review.ConcurrentAvisChangeException;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.AvisAlerts;
import fr.ptce.workbench.domain.avis.Phase2Rule;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.check.DossierChecks;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.review.AdmissibilityOverride;
import fr.ptce.workbench.ui.common.AlertWords;
import fr.ptce.workbench.ui.common.Autosave;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Dialogs;
import fr.ptce.workbench.ui.fx.DraftText;
import fr.ptce.workbench.ui.fx.Formats;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The region's avis on the shown dossier and the admissibility override: the avis autosaves once it has a
 * recommendation and a motivation; a phase-2 proposal the call's rule refuses is not kept and the reason shown.
 */
public final class AvisViewModel {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final Autosave autosave;
    private final Supplier<String> number;
    private final JudgementViewModel judgement;
    private final Consumer<Object> onSaved;
    private final ReadOnlyObjectWrapper<Recommendation> recommendation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper phase2 = new ReadOnlyBooleanWrapper();
    private final DraftText motivation = new DraftText(text -> saveIfComplete());
    private final DraftText strengths = new DraftText(text -> saveIfComplete());
    private final DraftText attention = new DraftText(text -> saveIfComplete());
    private final ConsolidatedScores consolidated;
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scoresRefusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper avisState = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Admissibility> overrideValue = new SimpleObjectProperty<>();
    private final StringProperty overrideReason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper overrideState = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper alerts = new ReadOnlyStringWrapper("");
    private DossierChecks checks;
    /** The version of the stored avis this window started from; read and set on the writer thread at each save. */
    private final AtomicLong baseVersion = new AtomicLong();

    private final ReadOnlyObjectWrapper<ConcurrentAvisChangeException> conflict = new ReadOnlyObjectWrapper<>();

    AvisViewModel(
            TaskRunner runner,
            WorkspaceState state,
            Messages messages,
            Autosave autosave,
            Supplier<String> number,
            JudgementViewModel judgement,
            Consumer<Object> onSaved) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        this.autosave = autosave;
        this.number = number;
        this.judgement = judgement;
        this.onSaved = onSaved;
        this.consolidated = new ConsolidatedScores(text -> saveIfComplete(), messages);
        judgement.metProperty().addListener((o, was, now) -> alert());
        judgement.targetsProperty().addListener((o, was, now) -> alert());
    }

    void load(Optional<Avis> avis, Optional<AdmissibilityOverride> override, DossierChecks dossierChecks) {
        checks = dossierChecks;
        baseVersion.set(avis.map(Avis::version).orElse(0L));
        conflict.set(null);
        recommendation.set(avis.map(Avis::recommendation).orElse(null));
        phase2.set(avis.map(Avis::proposedForPhase2).orElse(false));
        motivation.load(avis.map(Avis::motivation).orElse(""));
        strengths.load(avis.map(Avis::strengths).orElse(""));
        attention.load(avis.map(Avis::attentionPoints).orElse(""));
        refusal.set("");
        scoresRefusal.set("");
        avisState.set(avis.map(a -> messages.format("avis.savedBy", a.author(), Formats.dateTime(a.at())))
                .orElse(messages.get("avis.incomplete")));
        overrideValue.set(override.map(AdmissibilityOverride::value).orElse(null));
        overrideReason.set(override.map(AdmissibilityOverride::reason).orElse(""));
        overrideState.set(override.map(o ->
                        messages.format("override.current", o.value().label(), o.author(), Formats.dateTime(o.at())))
                .orElse(messages.get("override.none")));
        alert();
    }

    /** What a favorable avis contradicts: a dossier not recevable or not eligible (allowed, but flagged). */
    private void alert() {
        Recommendation chosen = recommendation.get();
        if (checks == null || chosen == null) {
            alerts.set("");
            return;
        }
        Admissibility admissibility = overrideValue.get() != null ? overrideValue.get() : checks.admissibility();
        String found = AlertWords.of(
                messages,
                AvisAlerts.of(chosen.favorable(), admissibility, checks.wave() != null, judgement.metIfAnswered()));
        alerts.set(found.isEmpty() ? "" : messages.format("avis.alerts", found));
    }

    /**
     * The alerts of a favorable avis on a dossier not recevable or not eligible, in the window's language; empty when
     * none.
     */
    public ReadOnlyStringProperty alertsProperty() {
        return alerts.getReadOnlyProperty();
    }

    /** Chooses the recommendation; a favorable-only phase-2 proposal is withdrawn when it becomes unfavorable. */
    public void setRecommendation(Recommendation value) {
        recommendation.set(value);
        alert();
        if (phase2.get() && refusalOf(true).isPresent()) {
            phase2.set(false);
        }
        saveIfComplete();
    }

    /** Proposes (or not) the dossier for phase 2; refused with the call's reason when the rule forbids it. */
    public void setPhase2(boolean proposed) {
        Optional<String> refused = refusalOf(proposed);
        if (refused.isPresent()) {
            refusal.set(refused.get());
            phase2.set(false);
            return;
        }
        refusal.set("");
        phase2.set(proposed);
        saveIfComplete();
    }

    private Optional<String> refusalOf(boolean proposed) {
        if (!proposed || number.get() == null) {
            return Optional.empty();
        }
        if (recommendation.get() == null) {
            return Optional.of(messages.get("avis.phase2.noRecommendation"));
        }
        Avis candidate = new Avis(
                number.get(),
                recommendation.get(),
                true,
                motivation.text(),
                null,
                null,
                Map.of(),
                null,
                "-",
                OffsetDateTime.now());
        return Phase2Rule.refusal(candidate, judgement.targetsProperty().get());
    }

    /** Replaces the motivation by a draft assembled from the user's comments on the criteria. */
    public void draftFromComments() {
        String dossier = number.get();
        if (dossier == null) {
            return;
        }
        state.current()
                .ifPresent(w -> runner.run(
                        messages.get("status.drafting"),
                        p -> w.draftMotivation().of(dossier),
                        draft -> {
                            if (dossier.equals(number.get())) {
                                motivation
                                        .textProperty()
                                        .set(draft.isBlank() ? messages.get("avis.noComments") : draft);
                            }
                        }));
    }

    /** Saves the avis when it has a recommendation and a motivation; otherwise says what is missing. */
    public void saveIfComplete() {
        String dossier = number.get();
        if (dossier == null) {
            return;
        }
        if (recommendation.get() == null || motivation.text().isBlank()) {
            avisState.set(messages.get("avis.incomplete"));
            return;
        }
        Map<String, BigDecimal> typed;
        try {
            typed = consolidated.scores();
        } catch (NumberFormatException notANumber) {
            scoresRefusal.set(messages.format("avis.consolidated.notANumber", notANumber.getMessage()));
            return;
        }
        Map<String, BigDecimal> scores = typed;
        AvisDraft draft = new AvisDraft(
                dossier,
                recommendation.get(),
                phase2.get(),
                motivation.text(),
                strengths.text(),
                attention.text(),
                scores,
                consolidated.reason().text());
        autosave.save(
                w -> {
                    Avis saved = w.saveAvis().save(AvisVersions.from(draft, baseVersion.get()));
                    baseVersion.set(saved.version());
                    return saved;
                },
                saved -> {
                    refusal.set("");
                    scoresRefusal.set("");
                    avisState.set(messages.format("avis.savedBy", saved.author(), Formats.dateTime(saved.at())));
                    onSaved.accept(saved);
                },
                error -> {
                    if (error instanceof ConcurrentAvisChangeException changed) {
                        avisState.set(AvisVersions.changedBy(messages, changed.theirs()));
                        conflict.set(changed);
                        return;
                    }
                    (scores == null ? refusal : scoresRefusal).set(Dialogs.errorText(error));
                });
    }

    /**
     * Someone else's newer avis met when saving, with the one typed here (both in the exception); null otherwise.
     * Answered by {@link #resolve(ConflictChoice)}.
     */
    public ReadOnlyObjectProperty<ConcurrentAvisChangeException> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** How a conflict ends: the avis typed here saved over theirs, theirs kept, or both texts merged and saved. */
    public enum ConflictChoice {
        KEEP_MINE,
        KEEP_THEIRS,
        MERGE
    }

    /**
     * Ends the conflict: from the stored version, saves this window's avis (KEEP_MINE), shows the stored one
     * (KEEP_THEIRS), or saves their texts followed by these where they differ, with this recommendation (MERGE).
     */
    public void resolve(ConflictChoice choice) {
        ConcurrentAvisChangeException open = conflict.get();
        if (open == null) {
            return;
        }
        conflict.set(null);
        baseVersion.set(open.currentVersion());
        Avis theirs = open.theirs();
        Avis mine = open.mine();
        switch (choice) {
            case KEEP_THEIRS -> {
                recommendation.set(theirs.recommendation());
                phase2.set(theirs.proposedForPhase2());
                motivation.load(theirs.motivation());
                strengths.load(AvisVersions.text(theirs.strengths()));
                attention.load(AvisVersions.text(theirs.attentionPoints()));
                avisState.set(messages.format("avis.savedBy", theirs.author(), Formats.dateTime(theirs.at())));
                return;
            }
            case MERGE -> {
                motivation.load(AvisVersions.merged(theirs.motivation(), mine.motivation()));
                strengths.load(AvisVersions.merged(theirs.strengths(), mine.strengths()));
                attention.load(AvisVersions.merged(theirs.attentionPoints(), mine.attentionPoints()));
            }
            case KEEP_MINE -> {}
        }
        saveIfComplete();
    }

    /** Overrules the computed admissibility with the value and reason entered. */
    public void applyOverride() {
        String dossier = number.get();
        Admissibility value = overrideValue.get();
        if (dossier == null || value == null) {
            overrideState.set(messages.get("override.chooseValue"));
            return;
        }
        String reason = overrideReason.get();
        autosave.save(
                w -> w.overrideAdmissibility().apply(dossier, value, reason),
                saved -> {
                    overrideState.set(messages.format(
                            "override.current", saved.value().label(), saved.author(), Formats.dateTime(saved.at())));
                    onSaved.accept(saved);
                },
                error -> overrideState.set(Dialogs.errorText(error)));
    }

    void flush() {
        // the three texts belong to one avis: one save for all of them
        boolean dirty = motivation.dirty() || strengths.dirty() || attention.dirty() || consolidated.dirty();
        if (dirty) {
            motivation.load(motivation.text());
            strengths.load(strengths.text());
            attention.load(attention.text());
            consolidated.saved();
            saveIfComplete();
        }
    }

    public ReadOnlyObjectProperty<Recommendation> recommendationProperty() {
        return recommendation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty phase2Property() {
        return phase2.getReadOnlyProperty();
    }

    public DraftText motivation() {
        return motivation;
    }

    public DraftText strengths() {
        return strengths;
    }

    public DraftText attention() {
        return attention;
    }

    /** The consolidated scores of the avis, beside the reviews' mean. */
    public ConsolidatedScores consolidated() {
        return consolidated;
    }

    /** Why the last phase-2 proposal or avis save was refused (French), empty otherwise. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** Why the consolidated scores were refused (French), empty otherwise; the typed values are kept. */
    public ReadOnlyStringProperty scoresRefusalProperty() {
        return scoresRefusal.getReadOnlyProperty();
    }

    /** Whether the avis is saved, and by whom, or what it still lacks. */
    public ReadOnlyStringProperty avisStateProperty() {
        return avisState.getReadOnlyProperty();
    }

    public ObjectProperty<Admissibility> overrideValueProperty() {
        return overrideValue;
    }

    public StringProperty overrideReasonProperty() {
        return overrideReason;
    }

    /** The override in force, or that there is none. */
    public ReadOnlyStringProperty overrideStateProperty() {
        return overrideState.getReadOnlyProperty();
    }
}
