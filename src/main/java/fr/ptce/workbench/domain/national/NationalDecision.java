package fr.ptce.workbench.domain.national;

import java.util.Objects;

/**
 * PESSII's proposal on a dossier — phase-1 laureate, invited to phase 2 — with the written reason of an override of
 * a gate, and the cabinet's decision once recorded. Only the cabinet's decision goes into letters and public lists.
 *
 * @param laureate PESSII proposes the dossier as a phase-1 laureate (no money: « jugé conforme à l'esprit des PTCE »)
 * @param invited PESSII proposes to invite the dossier to phase 2
 * @param laureateOverride PESSII's reason for proposing it laureate although a gate refused, null when none
 * @param inviteOverride PESSII's reason for inviting it although a gate refused, null when none
 * @param decided the cabinet's decision, null until recorded
 */
public record NationalDecision(
        String dossierNumber,
        boolean laureate,
        boolean invited,
        String laureateOverride,
        String inviteOverride,
        CabinetDecision decided) {

    public NationalDecision {
        Objects.requireNonNull(dossierNumber, "dossierNumber");
        laureateOverride = blankToNull(laureateOverride);
        inviteOverride = blankToNull(inviteOverride);
    }

    /** No proposal yet. */
    public static NationalDecision none(String dossierNumber) {
        return new NationalDecision(dossierNumber, false, false, null, null, null);
    }

    /** The proposal as laureate or not; a dossier no longer laureate is no longer invited either. */
    public NationalDecision withLaureate(boolean value, String override) {
        return new NationalDecision(
                dossierNumber,
                value,
                value && invited,
                value ? override : null,
                value ? inviteOverride : null,
                decided);
    }

    public NationalDecision withInvited(boolean value, String override) {
        return new NationalDecision(dossierNumber, laureate, value, laureateOverride, value ? override : null, decided);
    }

    /** The cabinet's decision on the current proposal. */
    public NationalDecision decidedBy(CabinetDecision decision) {
        return new NationalDecision(dossierNumber, laureate, invited, laureateOverride, inviteOverride, decision);
    }

    /** Whether the cabinet made the dossier a phase-1 laureate. */
    public boolean decidedLaureate() {
        return decided != null && decided.laureate();
    }

    /** Whether the cabinet invited the dossier to phase 2. */
    public boolean decidedInvited() {
        return decided != null && decided.invited();
    }

    /** Whether PESSII's proposal differs from the cabinet's decision (or no decision is recorded yet). */
    public boolean awaitsDecision() {
        return (laureate || invited || decided != null)
                && (decided == null || decided.laureate() != laureate || decided.invited() != invited);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
