package fr.ptce.workbench.spreadsheet.layout;

import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.check.LegalFormVerdict;
import fr.ptce.workbench.domain.grid.GridTotals;
import fr.ptce.workbench.domain.review.Governance;
import fr.ptce.workbench.domain.review.Maturity;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One dossier as the {@code Avis} sheet shows it: identity and legal-form verdict, admissibility, the instruction's
 * facts, consolidated scores and totals, the reviews' count and spread, and the region's avis (null while none). A
 * null field is an empty cell.
 *
 * @param depositedAt when the dossier was deposited on DS, null when the export did not say
 * @param legalFormVerdict the legal-form verdict (INSEE category, status, disagreement), null when not computed
 * @param admissibility the French label: overridden, PESSII's annotation, or computed
 * @param wave the name of the dossier's wave, null when late for every wave
 * @param alerts what the region's avis contradicts (a favorable avis on a dossier not recevable or not eligible)
 * @param eligibilityMet eligibility criteria met, out of 7
 * @param governance the democratic governance judgement of the reference review, null when none
 * @param scores consolidated score per criterion code
 * @param totals the totals of {@code scores}, null when no criterion has a consolidated score
 * @param spread the largest gap between two reviews' scores on one criterion, null with fewer than two
 */
public record AvisLine(
        String number,
        String project,
        String structure,
        String legalForm,
        LegalFormVerdict legalFormVerdict,
        String region,
        OffsetDateTime depositedAt,
        String admissibility,
        String wave,
        Integer eligibilityMet,
        Governance governance,
        Maturity maturity,
        Boolean targetB,
        Boolean targetC,
        Boolean qpvDeclared,
        Boolean qpvDetected,
        Boolean zrrDeclared,
        Boolean zrrDetected,
        Map<String, BigDecimal> scores,
        GridTotals totals,
        int reviewCount,
        BigDecimal spread,
        Avis avis,
        List<String> alerts) {

    public AvisLine {
        Objects.requireNonNull(number, "number");
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores == null ? Map.of() : scores));
    }

    /** A line whose phase-1 instruction facts are given together ({@link Instruction#NONE}: none, as in phase 2). */
    public AvisLine(
            String number,
            String project,
            String structure,
            String legalForm,
            LegalFormVerdict legalFormVerdict,
            String region,
            OffsetDateTime depositedAt,
            String admissibility,
            Instruction instruction,
            Map<String, BigDecimal> scores,
            GridTotals totals,
            int reviewCount,
            BigDecimal spread,
            Avis avis,
            List<String> alerts) {
        this(
                number,
                project,
                structure,
                legalForm,
                legalFormVerdict,
                region,
                depositedAt,
                admissibility,
                instruction.wave(),
                instruction.eligibilityMet(),
                instruction.governance(),
                instruction.maturity(),
                instruction.targetB(),
                instruction.targetC(),
                instruction.qpvDeclared(),
                instruction.qpvDetected(),
                instruction.zrrDeclared(),
                instruction.zrrDetected(),
                scores,
                totals,
                reviewCount,
                spread,
                avis,
                alerts);
    }

    /** The facts of phase 1's instruction a line shows: wave, eligibility, governance, maturity, targets, QPV / ZRR. */
    public record Instruction(
            String wave,
            Integer eligibilityMet,
            Governance governance,
            Maturity maturity,
            Boolean targetB,
            Boolean targetC,
            Boolean qpvDeclared,
            Boolean qpvDetected,
            Boolean zrrDeclared,
            Boolean zrrDetected) {

        /** Nothing of phase 1's instruction: a phase-2 dossier's line, whose columns of phase 1 stay empty. */
        public static final Instruction NONE =
                new Instruction(null, null, null, null, null, null, null, null, null, null);
    }
}
