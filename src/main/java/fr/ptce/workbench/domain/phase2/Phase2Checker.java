package fr.ptce.workbench.domain.phase2;

import fr.ptce.workbench.domain.CallTime;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Computes the checks of a phase-2 dossier (formats.md, phase-2 import): pure, from the dossier alone. */
public final class Phase2Checker {

    /** « 30 septembre minuit délai de rigueur »: a dossier deposited before this instant is on time. */
    public static final Instant DEADLINE =
            LocalDate.of(2021, 10, 1).atStartOfDay(CallTime.PARIS).toInstant();

    /** The fixed State amount per phase-2 laureate over years 1 and 2 (1.5 M€ for 15 laureates). */
    public static final BigDecimal ENVELOPE_PER_LAUREATE = new BigDecimal("100000");

    private Phase2Checker() {}

    public static Phase2Checks check(Phase2Dossier dossier) {
        Boolean onTime = dossier.depositedAt() == null
                ? null
                : dossier.depositedAt().toInstant().isBefore(DEADLINE);
        Map<Integer, BigDecimal> byYear = new HashMap<>();
        List<BudgetLine> depreciable = new ArrayList<>();
        BigDecimal animation = BigDecimal.ZERO;
        if (dossier.budgetKnown()) {
            for (BudgetYear year : BudgetYear.values()) {
                byYear.put(year.number(), BigDecimal.ZERO.setScale(2));
            }
            for (BudgetLine line : dossier.budget()) {
                if (line.year() != null) {
                    byYear.merge(line.year().number(), line.stateOrZero(), BigDecimal::add);
                }
                if (line.post() == BudgetPost.DEPRECIABLE_ASSETS) {
                    depreciable.add(line);
                }
                if (line.post() == BudgetPost.ANIMATION && line.year() != null && line.year() != BudgetYear.YEAR_3) {
                    animation = animation.add(line.stateOrZero());
                }
            }
        }
        BigDecimal twoYears = byYear.isEmpty() ? BigDecimal.ZERO : byYear.get(1).add(byYear.get(2));
        boolean over = twoYears.compareTo(ENVELOPE_PER_LAUREATE) > 0;
        BigDecimal share = twoYears.signum() == 0 ? null : animation.divide(twoYears, 4, RoundingMode.HALF_UP);
        return new Phase2Checks(onTime, missing(dossier), overLimit(dossier), byYear, over, depreciable, share);
    }

    private static List<Phase2Champ> missing(Phase2Dossier dossier) {
        List<Phase2Champ> missing = new ArrayList<>();
        for (Phase2Champ champ : Phase2Champ.values()) {
            boolean required = champ.required()
                    || champ == Phase2Champ.THIRD_YEAR_JUSTIFICATION
                            && Boolean.TRUE.equals(dossier.thirdYearRequested());
            if (required && empty(dossier, champ)) {
                missing.add(champ);
            }
        }
        return missing;
    }

    private static boolean empty(Phase2Dossier dossier, Phase2Champ champ) {
        return switch (champ) {
            case PHASE1_NUMBER -> blank(dossier.phase1Number());
            case PROJECT_NAME -> blank(dossier.projectName());
            case SIRET -> blank(dossier.siret());
            case BUDGET -> dossier.budgetKnown() && dossier.budget().isEmpty();
            case THIRD_YEAR -> dossier.thirdYearRequested() == null;
            case PARTNER_LETTERS -> blank(dossier.partnerLetters());
            case ATTESTATION -> !Boolean.TRUE.equals(dossier.attestation());
            default -> blank(dossier.text(champ));
        };
    }

    private static List<Phase2Champ> overLimit(Phase2Dossier dossier) {
        List<Phase2Champ> over = new ArrayList<>();
        for (Phase2Champ champ : Phase2Champ.values()) {
            if (champ.limit() > 0) {
                String text = dossier.text(champ);
                if (text.codePointCount(0, text.length()) > champ.limit()) {
                    over.add(champ);
                }
            }
        }
        return over;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
