package fr.ptce.workbench.domain.national;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;

/**
 * The call's phase-2 rules: only a dossier meeting target (b) and/or (c) may be invited; 15 to 20 invited are
 * aimed at; each phase-1 laureate is granted 100,000 €, within an envelope of 1,500,000 €.
 */
public final class Shortlist {

    public static final int INVITED_MIN = 15;
    public static final int INVITED_MAX = 20;
    public static final BigDecimal GRANT = BigDecimal.valueOf(100_000);
    public static final BigDecimal ENVELOPE = BigDecimal.valueOf(1_500_000);

    private Shortlist() {
    }

    /** The French reason why the dossier cannot be invited to phase 2, empty when it can. */
    public static Optional<String> refusalToInvite(RegionalAvisRow row) {
        if (row.meetsPhase2Target()) {
            return Optional.empty();
        }
        return Optional.of("Le dossier " + row.dossierNumber() + " ne peut pas être invité en phase 2 : il ne"
                + " relève ni de la cible (b) ni de la cible (c).");
    }

    /** The counters of a set of decisions (one per dossier). */
    public static ShortlistCounters counters(Collection<NationalDecision> decisions) {
        int invited = (int) decisions.stream().filter(NationalDecision::invited).count();
        int laureates = (int) decisions.stream().filter(NationalDecision::laureate).count();
        return new ShortlistCounters(invited, laureates);
    }
}
