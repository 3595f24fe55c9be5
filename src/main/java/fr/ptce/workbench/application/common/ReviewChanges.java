package fr.ptce.workbench.application.common;

import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.review.Eligibility;
import fr.ptce.workbench.domain.review.EligibilityCriterion;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Score;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The fields that differ between two states of a review, named as the audit trail shows them (French). */
public final class ReviewChanges {

    /** The audit trail's name of the governance judgement. */
    public static final String GOVERNANCE = "gouvernance démocratique";

    private ReviewChanges() {}

    public static List<FieldChange> between(Grid grid, Review before, Review after) {
        List<FieldChange> changes = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>(grid.codes());
        codes.addAll(before.scores().keySet());
        codes.addAll(after.scores().keySet());
        for (String code : codes) {
            Score was = before.score(code);
            Score is = after.score(code);
            FieldChange.add(changes, "note " + code, number(was.value()), number(is.value()));
            FieldChange.add(changes, "commentaire " + code, was.comment(), is.comment());
        }
        for (EligibilityCriterion c : EligibilityCriterion.values()) {
            Eligibility.Answer was = before.eligibility().answer(c).orElse(new Eligibility.Answer(null, null));
            Eligibility.Answer is = after.eligibility().answer(c).orElse(new Eligibility.Answer(null, null));
            FieldChange.add(
                    changes,
                    "éligibilité " + c.name(),
                    was.value() == null ? null : was.value().label(),
                    is.value() == null ? null : is.value().label());
            FieldChange.add(changes, "éligibilité " + c.name() + " (note)", was.note(), is.note());
        }
        FieldChange.add(
                changes,
                "maturité",
                before.maturity() == null ? null : before.maturity().label(),
                after.maturity() == null ? null : after.maturity().label());
        FieldChange.add(
                changes,
                GOVERNANCE,
                before.governance() == null ? null : before.governance().label(),
                after.governance() == null ? null : after.governance().label());
        FieldChange.add(
                changes,
                "cible a)",
                yesNo(before.targets().a()),
                yesNo(after.targets().a()));
        FieldChange.add(
                changes,
                "cible b)",
                yesNo(before.targets().b()),
                yesNo(after.targets().b()));
        FieldChange.add(
                changes,
                "cible c)",
                yesNo(before.targets().c()),
                yesNo(after.targets().c()));
        return changes;
    }

    public static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    public static String yesNo(Boolean value) {
        return value == null ? null : value ? "oui" : "non";
    }

    /** One changed field: name, old value, new value (null when absent). */
    public record FieldChange(String field, String oldValue, String newValue) {

        public static void add(List<FieldChange> changes, String field, String oldValue, String newValue) {
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new FieldChange(field, oldValue, newValue));
            }
        }
    }
}
