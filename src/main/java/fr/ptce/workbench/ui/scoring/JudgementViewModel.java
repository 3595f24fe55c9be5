package fr.ptce.workbench.ui.scoring;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.check.DossierChecks;
import fr.ptce.workbench.domain.review.Eligibility;
import fr.ptce.workbench.domain.review.EligibilityAnswer;
import fr.ptce.workbench.domain.review.EligibilityCriterion;
import fr.ptce.workbench.domain.review.Governance;
import fr.ptce.workbench.domain.review.Maturity;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Targets;
import fr.ptce.workbench.ui.common.Autosave;
import fr.ptce.workbench.ui.fx.DraftText;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The user's judgement of the shown dossier besides the scores: eligibility EL1–EL7, democratic governance, maturity,
 * targets (a)(b)(c).
 */
public final class JudgementViewModel {

    private final Autosave autosave;
    private final Supplier<String> number;
    private final Consumer<Object> onSaved;
    private final Consumer<Throwable> onFailed;
    private final Map<EligibilityCriterion, ReadOnlyObjectWrapper<EligibilityAnswer>> answers =
            new EnumMap<>(EligibilityCriterion.class);
    private final Map<EligibilityCriterion, DraftText> notes = new EnumMap<>(EligibilityCriterion.class);
    private final ReadOnlyIntegerWrapper met = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper eligible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Governance> governance = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Maturity> maturity = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Targets> targets = new ReadOnlyObjectWrapper<>(Targets.NONE);

    JudgementViewModel(
            Autosave autosave, Supplier<String> number, Consumer<Object> onSaved, Consumer<Throwable> onFailed) {
        this.autosave = autosave;
        this.number = number;
        this.onSaved = onSaved;
        this.onFailed = onFailed;
        for (EligibilityCriterion c : EligibilityCriterion.values()) {
            answers.put(c, new ReadOnlyObjectWrapper<>());
            notes.put(
                    c,
                    new DraftText(text -> save(w -> w.scoreDossier()
                            .setEligibility(number.get(), c, answers.get(c).get(), text))));
        }
    }

    void load(Optional<Review> mine, DossierChecks checks) {
        Eligibility eligibility = mine.map(Review::eligibility).orElse(Eligibility.NONE);
        for (EligibilityCriterion c : EligibilityCriterion.values()) {
            Optional<Eligibility.Answer> answer = eligibility.answer(c);
            answers.get(c).set(answer.map(Eligibility.Answer::value).orElse(null));
            notes.get(c).load(answer.map(Eligibility.Answer::note).orElse(""));
        }
        count();
        governance.set(mine.map(Review::governance).orElse(null));
        maturity.set(mine.map(Review::maturity).orElse(null));
        targets.set(mine.map(Review::targets).orElseGet(() -> prefilled(checks)));
    }

    /** Target (c) before any judgement: a fragile territory when ZRR or QPV is detected. */
    static Targets prefilled(DossierChecks checks) {
        if (checks == null) {
            return Targets.NONE;
        }
        Boolean zrr = checks.zrrDetected();
        Boolean qpv = checks.qpvDetected();
        Boolean fragile = Boolean.TRUE.equals(zrr) || Boolean.TRUE.equals(qpv)
                ? Boolean.TRUE
                : Boolean.FALSE.equals(zrr) && Boolean.FALSE.equals(qpv) ? Boolean.FALSE : null;
        return new Targets(false, false, fragile);
    }

    /** Answers one eligibility criterion (null clears the answer). */
    public void answer(EligibilityCriterion criterion, EligibilityAnswer answer) {
        answers.get(criterion).set(answer);
        count();
        String note = notes.get(criterion).text();
        save(w -> w.scoreDossier().setEligibility(number.get(), criterion, answer, note));
    }

    /** Judges the democratic governance (null clears the judgement). */
    public void setGovernance(Governance value) {
        governance.set(value);
        save(w -> w.scoreDossier().setGovernance(number.get(), value));
    }

    /** Sets the maturity. */
    public void setMaturity(Maturity value) {
        maturity.set(value);
        save(w -> w.scoreDossier().setMaturity(number.get(), value));
    }

    /** Sets the targets (a), (b), (c). */
    public void setTargets(Targets value) {
        targets.set(value);
        save(w -> w.scoreDossier().setTargets(number.get(), value));
    }

    void flush() {
        notes.values().forEach(DraftText::commit);
    }

    private void save(Function<Workspace, Review> work) {
        if (number.get() == null) {
            return;
        }
        autosave.save(work, onSaved::accept, onFailed);
    }

    /** Eligibility criteria answered so far (null while none is). */
    Integer metIfAnswered() {
        boolean any = answers.values().stream().anyMatch(a -> a.get() != null);
        return any ? met.get() : null;
    }

    private void count() {
        int n = (int) answers.values().stream()
                .filter(a -> a.get() != null && a.get().met())
                .count();
        met.set(n);
        eligible.set(n >= Eligibility.MAJORITY);
    }

    public ReadOnlyObjectProperty<EligibilityAnswer> answerProperty(EligibilityCriterion criterion) {
        return answers.get(criterion).getReadOnlyProperty();
    }

    public DraftText note(EligibilityCriterion criterion) {
        return notes.get(criterion);
    }

    /** How many criteria are met ("oui" or "en perspective"). */
    public ReadOnlyIntegerProperty metProperty() {
        return met.getReadOnlyProperty();
    }

    /** Whether at least 4 of 7 are met. */
    public ReadOnlyBooleanProperty eligibleProperty() {
        return eligible.getReadOnlyProperty();
    }

    /** The democratic governance judgement, null until judged. */
    public ReadOnlyObjectProperty<Governance> governanceProperty() {
        return governance.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Maturity> maturityProperty() {
        return maturity.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Targets> targetsProperty() {
        return targets.getReadOnlyProperty();
    }
}
