package fr.ptce.workbench.domain.national;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** The live counters of PESSII's decisions: dossiers invited to phase 2, and phase-1 laureates against the envelope. */
public record ShortlistCounters(int invited, int laureates) {

    /** The laureates' grants: {@code laureates × 100,000 €}. */
    public BigDecimal amount() {
        return Shortlist.GRANT.multiply(BigDecimal.valueOf(laureates));
    }

    /** Whether the laureates' grants exceed the 1,500,000 € envelope. */
    public boolean overEnvelope() {
        return amount().compareTo(Shortlist.ENVELOPE) > 0;
    }

    /** Whether the number invited is within the 15–20 target. */
    public boolean invitedWithinTarget() {
        return invited >= Shortlist.INVITED_MIN && invited <= Shortlist.INVITED_MAX;
    }

    /** E.g. {@code Invités en phase 2 : 12 (objectif 15 à 20)}. */
    public String describeInvited() {
        return "Invités en phase 2 : " + invited + " (objectif " + Shortlist.INVITED_MIN + " à "
                + Shortlist.INVITED_MAX + ")";
    }

    /** E.g. {@code Lauréats phase 1 : 16 × 100 000 € = 1 600 000 € / enveloppe 1 500 000 € — dépassement}. */
    public String describeLaureates() {
        return "Lauréats phase 1 : " + laureates + " × " + euros(Shortlist.GRANT) + " = " + euros(amount())
                + " / enveloppe " + euros(Shortlist.ENVELOPE)
                + (overEnvelope() ? " — dépassement de " + euros(amount().subtract(Shortlist.ENVELOPE)) : "");
    }

    /** An amount in euros the French way, with a plain space between thousands: {@code 1 500 000 €}. */
    static String euros(BigDecimal amount) {
        NumberFormat format = NumberFormat.getIntegerInstance(Locale.FRANCE);
        return format.format(amount).replace('\u202f', ' ').replace('\u00a0', ' ') + " €";
    }
}
