package fr.ptce.workbench.domain.review;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A reviewer's eligibility answers, criterion by criterion; eligible when at least 4 of the 7 are met. */
public record Eligibility(Map<EligibilityCriterion, Answer> answers) {

    /** How many met criteria make a dossier eligible. */
    public static final int MAJORITY = 4;

    /** No answer yet. */
    public static final Eligibility NONE = new Eligibility(Map.of());

    public Eligibility {
        EnumMap<EligibilityCriterion, Answer> copy = new EnumMap<>(EligibilityCriterion.class);
        answers.forEach((criterion, answer) -> {
            if (answer != null && !answer.isEmpty()) {
                copy.put(criterion, answer);
            }
        });
        answers = Collections.unmodifiableMap(copy);
    }

    /** The answer to one criterion, if given. */
    public Optional<Answer> answer(EligibilityCriterion criterion) {
        return Optional.ofNullable(answers.get(criterion));
    }

    /** This eligibility with one criterion answered (a null value and a blank note clear it). */
    public Eligibility with(EligibilityCriterion criterion, EligibilityAnswer value, String note) {
        EnumMap<EligibilityCriterion, Answer> changed = new EnumMap<>(EligibilityCriterion.class);
        changed.putAll(answers);
        changed.put(criterion, new Answer(value, note));
        return new Eligibility(changed);
    }

    /** Criteria answered "oui" or "en perspective". */
    public int met() {
        return (int) answers.values().stream()
                .filter(a -> a.value() != null && a.value().met())
                .count();
    }

    /** Criteria with an answer. */
    public int answered() {
        return (int) answers.values().stream().filter(a -> a.value() != null).count();
    }

    /** Whether at least four criteria are met. */
    public boolean eligible() {
        return met() >= MAJORITY;
    }

    /** One answer: oui / en perspective / non (null when not yet answered) and a free note. */
    public record Answer(EligibilityAnswer value, String note) {

        public Answer {
            note = note == null || note.isBlank() ? null : note;
        }

        /** Whether neither an answer nor a note is given. */
        public boolean isEmpty() {
            return value == null && note == null;
        }
    }
}
