package fr.ptce.workbench.domain.phase2;

import fr.ptce.workbench.domain.Euros;
import fr.ptce.workbench.domain.campaign.Campaign;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;

/**
 * The phase-2 envelope as PESSII's proposals use it: n laureates of the campaign's 15, n × the fixed grant against
 * the envelope (1,500,000 €), split per year (years 1 and 2, from each laureate's budget lines), red when over; the
 * third year apart, outside the envelope. Pure: computed from the laureates' lines.
 *
 * @param proposed phase-2 laureates PESSII proposes
 * @param decided phase-2 laureates the cabinet decided
 * @param target laureates the envelope provides for
 * @param committed proposed × the fixed grant
 * @param envelope the envelope
 * @param year1 the proposed laureates' grants for year 1
 * @param year2 the proposed laureates' grants for year 2
 * @param thirdYears third years granted (outside the envelope)
 * @param thirdYearAmount their amount (outside the envelope)
 */
public record Envelope(
        int proposed,
        int decided,
        int target,
        BigDecimal grant,
        BigDecimal committed,
        BigDecimal envelope,
        BigDecimal year1,
        BigDecimal year2,
        int thirdYears,
        BigDecimal thirdYearAmount) {

    /** One phase-2 dossier as the envelope counts it. */
    public record Line(Phase2Decision decision, BigDecimal askedYear1, BigDecimal askedYear2) {
        public Line {
            Objects.requireNonNull(decision, "decision");
        }
    }

    /** The envelope of these dossiers' decisions under the campaign's numbers. */
    public static Envelope of(Collection<Line> lines, Campaign campaign) {
        BigDecimal grant = campaign.phase2Grant();
        int proposed = 0;
        int decided = 0;
        int thirdYears = 0;
        BigDecimal year1 = BigDecimal.ZERO;
        BigDecimal year2 = BigDecimal.ZERO;
        BigDecimal third = BigDecimal.ZERO;
        for (Line line : lines) {
            Phase2Decision d = line.decision();
            if (d.decidedLaureate()) {
                decided++;
            }
            if (!d.laureate()) {
                continue;
            }
            proposed++;
            GrantSplit split = GrantSplit.of(grant, line.askedYear1(), line.askedYear2());
            year1 = year1.add(split.year1());
            year2 = year2.add(split.year2());
            if (d.thirdYearGranted() && d.thirdYearAmount() != null) {
                thirdYears++;
                third = third.add(d.thirdYearAmount());
            }
        }
        return new Envelope(
                proposed,
                decided,
                campaign.phase2Laureates(),
                grant,
                grant.multiply(BigDecimal.valueOf(proposed)),
                campaign.phase2Envelope(),
                year1,
                year2,
                thirdYears,
                third);
    }

    /** Whether more laureates are proposed than the envelope provides for. */
    public boolean overCount() {
        return proposed > target;
    }

    /** Whether the grants proposed exceed the envelope. */
    public boolean overAmount() {
        return committed.compareTo(envelope) > 0;
    }

    /** Red: over in number or in euros. */
    public boolean over() {
        return overCount() || overAmount();
    }

    /** What remains of the envelope (negative when over). */
    public BigDecimal remaining() {
        return envelope.subtract(committed);
    }

    /** E.g. {@code Lauréats de la phase 2 : 12 proposés sur 15, 0 décidé par le cabinet}. */
    public String describeLaureates() {
        return "Lauréats de la phase\u00a02\u00a0: " + proposed + " proposé" + plural(proposed) + " sur " + target
                + ", " + decided + " décidé" + plural(decided) + " par le cabinet" + (overCount() ? " — DÉPASSÉ" : "");
    }

    /** E.g. {@code Enveloppe : 1 200 000 € sur 1 500 000 € (année 1 : 600 000 €, année 2 : 600 000 €)}. */
    public String describeEnvelope() {
        return "Enveloppe\u00a0: " + Euros.format(committed) + " sur " + Euros.format(envelope)
                + " (année\u00a01\u00a0: "
                + Euros.format(year1) + ", année\u00a02\u00a0: " + Euros.format(year2) + ")"
                + (overAmount() ? " — DÉPASSÉE" : "");
    }

    /** E.g. {@code Troisième année (hors enveloppe) : 1 accordée, 40 000 €}. */
    public String describeThirdYear() {
        return "Troisième année (hors enveloppe)\u00a0: " + thirdYears + " accordée" + plural(thirdYears) + ", "
                + Euros.format(thirdYearAmount);
    }

    private static String plural(int n) {
        return n > 1 ? "s" : "";
    }
}
