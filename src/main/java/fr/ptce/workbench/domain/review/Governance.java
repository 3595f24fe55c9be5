package fr.ptce.workbench.domain.review;

import java.util.Locale;
import java.util.Optional;

/**
 * The reviewer's judgement of the PTCE's governance: « Les perspectives de gouvernance du PTCE doivent être
 * démocratiques au sens de l'économie sociale et solidaire » (the call, « Bénéficiaires »): the active participation
 * of the stakeholders in the pole's objectives and programmes, already there, in perspective, or not.
 */
public enum Governance {
    OUI("oui"),
    EN_PERSPECTIVE("en perspective"),
    NON("non");

    private final String label;

    Governance(String label) {
        this.label = label;
    }

    /** The French answer, as shown and exported. */
    public String label() {
        return label;
    }

    /** The answer with this French label, if any. */
    public static Optional<Governance> fromLabel(String label) {
        for (Governance g : values()) {
            if (g.label.equals(label)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    /**
     * The answer a person typed: its label or its code, any case, {@code perspective} alone accepted for
     * {@code en perspective}.
     */
    public static Optional<Governance> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String typed = text.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (typed.equals("perspective")) {
            return Optional.of(EN_PERSPECTIVE);
        }
        return fromLabel(typed);
    }
}
