package fr.ptce.workbench.domain.phase2;

import fr.ptce.workbench.domain.national.CabinetDecision;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * PESSII's proposal on a phase-2 dossier — phase-2 laureate or not, with its motivation — the cabinet's decision once
 * recorded (the same {@link CabinetDecision} as phase 1: who, which day; {@code invited} is always false here), and
 * the optional third year, decided later, dossier by dossier, with its amount, outside the envelope.
 *
 * @param dossierNumber the phase-2 dossier's own DS number
 * @param laureate PESSII proposes the dossier as a phase-2 laureate
 * @param motivation the reason given to the applicant (letter, DS « motivation de la décision »), null when none
 * @param thirdYear the third year decided: true granted, false refused, null not decided yet
 * @param thirdYearAmount the third year's amount in euros when granted, else null
 * @param decided the cabinet's decision, null until recorded
 */
public record Phase2Decision(
        String dossierNumber,
        boolean laureate,
        String motivation,
        Boolean thirdYear,
        BigDecimal thirdYearAmount,
        CabinetDecision decided) {

    public Phase2Decision {
        Objects.requireNonNull(dossierNumber, "dossierNumber");
        motivation = motivation == null || motivation.isBlank() ? null : motivation.strip();
        if (!Boolean.TRUE.equals(thirdYear)) {
            thirdYearAmount = null;
        }
    }

    /** The proposal as laureate or not; a dossier no longer laureate has no third year either. */
    public Phase2Decision withLaureate(boolean value, String newMotivation) {
        return new Phase2Decision(
                dossierNumber,
                value,
                newMotivation == null ? motivation : newMotivation,
                value ? thirdYear : null,
                value ? thirdYearAmount : null,
                decided);
    }

    /** The third year decided (granted with its amount, or refused). */
    public Phase2Decision withThirdYear(boolean granted, BigDecimal amount) {
        return new Phase2Decision(dossierNumber, laureate, motivation, granted, granted ? amount : null, decided);
    }

    /** The cabinet's decision on the current proposal. */
    public Phase2Decision decidedBy(CabinetDecision decision) {
        return new Phase2Decision(dossierNumber, laureate, motivation, thirdYear, thirdYearAmount, decision);
    }

    /** Whether the cabinet made the dossier a phase-2 laureate. */
    public boolean decidedLaureate() {
        return decided != null && decided.laureate();
    }

    /** Whether the cabinet granted the third year (a third year counts only once the dossier is decided laureate). */
    public boolean thirdYearGranted() {
        return Boolean.TRUE.equals(thirdYear);
    }

    /** Whether PESSII's proposal differs from the cabinet's decision, or none is recorded yet. */
    public boolean awaitsDecision() {
        return decided == null || decided.laureate() != laureate;
    }
}
