package fr.ptce.workbench.cli.review;

import fr.ptce.workbench.domain.Accents;
import fr.ptce.workbench.domain.review.EligibilityAnswer;
import fr.ptce.workbench.domain.review.EligibilityCriterion;
import fr.ptce.workbench.domain.review.Maturity;
import fr.ptce.workbench.domain.review.Targets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line's words for a review's judgements: eligibility answers ({@code oui}, {@code perspective},
 * {@code non}), maturity ({@code emergent}, {@code structuration}, {@code operationnel}) and targets
 * ({@code a,b,c}); accents and case do not matter. A value that cannot be read adds a French problem.
 */
final class ReviewOptions {

    private ReviewOptions() {}

    /** The eligibility criterion a code names ({@code EL1} … {@code EL7}), if it names one. */
    static Optional<EligibilityCriterion> eligibilityCriterion(String code) {
        return Arrays.stream(EligibilityCriterion.values())
                .filter(c -> c.name().equalsIgnoreCase(code.strip()))
                .findFirst();
    }

    /** The answer typed (empty clears), or a problem. */
    static Optional<Optional<EligibilityAnswer>> eligibilityAnswer(String code, String text, List<String> problems) {
        String value = fold(text);
        switch (value) {
            case "" -> {
                return Optional.of(Optional.empty());
            }
            case "oui", "o" -> {
                return Optional.of(Optional.of(EligibilityAnswer.OUI));
            }
            case "perspective", "en perspective", "p" -> {
                return Optional.of(Optional.of(EligibilityAnswer.EN_PERSPECTIVE));
            }
            case "non", "n" -> {
                return Optional.of(Optional.of(EligibilityAnswer.NON));
            }
            default -> {
                problems.add("la réponse à " + code + " «\u00a0" + text + "\u00a0» n'est ni oui, ni perspective, ni"
                        + " non");
                return Optional.empty();
            }
        }
    }

    /** The maturity typed (empty clears), or a problem. */
    static Optional<Optional<Maturity>> maturity(String text, List<String> problems) {
        String value = fold(text);
        if (value.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        for (Maturity m : Maturity.values()) {
            String label = fold(m.label());
            if (value.equals(label) || label.endsWith(" " + value)) {
                return Optional.of(Optional.of(m));
            }
        }
        problems.add("la maturité «\u00a0" + text + "\u00a0» n'est ni emergent, ni structuration, ni operationnel");
        return Optional.empty();
    }

    /** The targets typed ({@code a,c}; {@code aucune} for none), or a problem. */
    static Optional<Targets> targets(List<String> letters, List<String> problems) {
        boolean a = false;
        boolean b = false;
        boolean c = false;
        for (String letter : letters) {
            switch (fold(letter)) {
                case "a" -> a = true;
                case "b" -> b = true;
                case "c" -> c = true;
                case "aucune", "" -> {
                    // no target
                }
                default -> {
                    problems.add("la cible «\u00a0" + letter + "\u00a0» n'est ni a, ni b, ni c");
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Targets(a, b, c));
    }

    private static String fold(String text) {
        return Accents.strip(text.strip()).toLowerCase(Locale.ROOT);
    }
}
