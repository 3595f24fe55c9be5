package fr.ptce.workbench.ui.phase2;

import fr.ptce.workbench.application.phase2.Phase2View;
import fr.ptce.workbench.domain.phase2.BudgetLine;
import fr.ptce.workbench.domain.phase2.Phase2Champ;
import fr.ptce.workbench.domain.phase2.Phase2Checker;
import fr.ptce.workbench.domain.phase2.Phase2Checks;
import fr.ptce.workbench.ui.fx.Formats;
import fr.ptce.workbench.ui.fx.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One check of a phase-2 dossier as the reader shows it: an id for tests and screen readers, its name, its worded
 * value, and whether it is an alert (shown red).
 */
public record Phase2CheckLine(String id, String name, String value, boolean alert) {

    /** The checks of a dossier, in the reader's order. */
    static List<Phase2CheckLine> of(Phase2View view, Messages m) {
        Phase2Checks checks = view.checks();
        List<Phase2CheckLine> lines = new ArrayList<>();
        String reason = view.link().reason(m.locale());
        lines.add(new Phase2CheckLine(
                "linkCheck",
                m.get("phase2.check.link"),
                reason == null ? m.get("phase2.check.link.ok") : reason,
                reason != null));
        lines.add(new Phase2CheckLine(
                "onTimeCheck",
                m.get("phase2.check.onTime"),
                checks.onTime() == null
                        ? m.get("phase2.check.unknown")
                        : m.format(
                                checks.onTime() ? "phase2.check.onTime.yes" : "phase2.check.onTime.no",
                                Formats.dateTime(
                                        view.dossier().depositedAt(), fr.ptce.workbench.domain.CallTime.PARIS)),
                Boolean.FALSE.equals(checks.onTime())));
        lines.add(new Phase2CheckLine(
                "completeCheck",
                m.get("phase2.check.complete"),
                checks.missing().isEmpty()
                        ? m.get("phase2.check.complete.yes")
                        : m.format("phase2.check.complete.no", labels(checks.missing())),
                !checks.missing().isEmpty()));
        lines.add(new Phase2CheckLine(
                "lengthCheck",
                m.get("phase2.check.length"),
                checks.overLimit().isEmpty()
                        ? m.get("phase2.check.length.yes")
                        : m.format("phase2.check.length.no", labels(checks.overLimit())),
                !checks.overLimit().isEmpty()));
        budget(view, m, checks, lines);
        return lines;
    }

    private static void budget(Phase2View view, Messages m, Phase2Checks checks, List<Phase2CheckLine> lines) {
        if (!view.dossier().budgetKnown()) {
            lines.add(new Phase2CheckLine(
                    "budgetCheck", m.get("phase2.check.budget"), m.get("phase2.check.budget.unknown"), false));
            return;
        }
        for (int year = 1; year <= 3; year++) {
            lines.add(new Phase2CheckLine(
                    "year" + year + "Check",
                    m.get("phase2.check.year" + year),
                    euros(checks.stateAmountByYear().get(year)),
                    false));
        }
        lines.add(new Phase2CheckLine(
                "envelopeCheck",
                m.get("phase2.check.envelope"),
                m.format(
                        checks.overEnvelope() ? "phase2.check.envelope.over" : "phase2.check.envelope.within",
                        euros(checks.twoYearStateAmount()),
                        euros(Phase2Checker.ENVELOPE_PER_LAUREATE)),
                checks.overEnvelope()));
        lines.add(new Phase2CheckLine(
                "assetsCheck",
                m.get("phase2.check.assets"),
                checks.depreciableAssets().isEmpty()
                        ? m.get("phase2.check.assets.none")
                        : m.format(
                                "phase2.check.assets.some",
                                euros(checks.depreciableAmount()),
                                checks.depreciableAssets().stream()
                                        .map(l -> lineText(l))
                                        .collect(Collectors.joining("\u00a0; "))),
                !checks.depreciableAssets().isEmpty()));
        lines.add(new Phase2CheckLine(
                "animationCheck",
                m.get("phase2.check.animation"),
                checks.animationShare() == null
                        ? m.get("phase2.check.unknown")
                        : m.format(
                                "phase2.check.animation.share",
                                Formats.french(checks.animationShare()
                                        .multiply(BigDecimal.valueOf(100))
                                        .setScale(0, RoundingMode.HALF_UP))),
                false));
        Boolean third = view.dossier().thirdYearRequested();
        lines.add(new Phase2CheckLine(
                "thirdYearCheck",
                m.get("phase2.check.thirdYear"),
                third == null ? m.get("phase2.check.unknown") : m.get(third ? "phase2.yes" : "phase2.no"),
                false));
    }

    private static String lineText(BudgetLine line) {
        return line.yearText() + "\u00a0: " + euros(line.stateAmount());
    }

    /** Euros as French writes them: {@code 48 500 €}. */
    static String euros(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.FRANCE);
        format.setMaximumFractionDigits(2);
        return format.format(amount).replace('\u202f', '\u00a0') + "\u00a0€";
    }

    private static String labels(List<Phase2Champ> champs) {
        return champs.stream().map(c -> "«\u00a0" + c.label() + "\u00a0»").collect(Collectors.joining(", "));
    }
}
