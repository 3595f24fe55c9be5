package fr.ptce.workbench.domain.phase2;

import fr.ptce.workbench.domain.dossier.DossierState;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A phase-2 dossier (« dossier additionnel ») as imported from the phase-2 DS export: its DS number, the phase-1
 * number it gives, its champs and its budget lines. Checks and the phase-1 link are computed from it when read.
 *
 * @param texts the textareas (4 to 7 and 10), "" when empty
 * @param budget the lines of « Dépenses prévisionnelles », in order
 * @param budgetKnown false when the file could not hold the budget (a csv export has no repetition sheet)
 */
public record Phase2Dossier(
        String number,
        String phase1Number,
        String projectName,
        String siret,
        Map<Phase2Champ, String> texts,
        Boolean thirdYearRequested,
        String partnerLetters,
        Boolean attestation,
        DossierState state,
        String email,
        OffsetDateTime depositedAt,
        List<BudgetLine> budget,
        boolean budgetKnown) {

    public Phase2Dossier {
        Objects.requireNonNull(number, "number");
        Map<Phase2Champ, String> copy = new EnumMap<>(Phase2Champ.class);
        for (Phase2Champ champ : Phase2Champ.values()) {
            if (champ.type() == Phase2Champ.Type.TEXTAREA) {
                copy.put(champ, Objects.requireNonNullElse(texts.get(champ), ""));
            }
        }
        texts = Collections.unmodifiableMap(copy);
        budget = List.copyOf(budget);
    }

    /** The text of a textarea champ, "" when empty. */
    public String text(Phase2Champ champ) {
        return texts.getOrDefault(champ, "");
    }

    /** The same dossier with other budget lines (the repetition sheet comes after the Dossiers sheet). */
    public Phase2Dossier withBudget(List<BudgetLine> lines, boolean known) {
        return new Phase2Dossier(
                number,
                phase1Number,
                projectName,
                siret,
                texts,
                thirdYearRequested,
                partnerLetters,
                attestation,
                state,
                email,
                depositedAt,
                lines,
                known);
    }

    /** The labels of the fields that differ from another version of the dossier, for the re-import report. */
    public List<String> changedFields(Phase2Dossier other) {
        List<String> changed = new java.util.ArrayList<>();
        add(changed, Phase2Champ.PHASE1_NUMBER.label(), phase1Number, other.phase1Number);
        add(changed, Phase2Champ.PROJECT_NAME.label(), projectName, other.projectName);
        add(changed, Phase2Champ.SIRET.label(), siret, other.siret);
        texts.forEach((champ, text) -> add(changed, champ.label(), text, other.text(champ)));
        add(changed, Phase2Champ.THIRD_YEAR.label(), thirdYearRequested, other.thirdYearRequested);
        add(changed, Phase2Champ.PARTNER_LETTERS.label(), partnerLetters, other.partnerLetters);
        add(changed, Phase2Champ.ATTESTATION.label(), attestation, other.attestation);
        add(changed, "État du dossier", state, other.state);
        add(changed, "Email", email, other.email);
        add(changed, "Déposé le", instant(depositedAt), instant(other.depositedAt));
        if (budgetKnown && other.budgetKnown) {
            add(changed, Phase2Champ.BUDGET.label(), budget, other.budget);
        }
        return changed;
    }

    private static Object instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static void add(List<String> changed, String label, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            changed.add(label);
        }
    }
}
