package fr.ptce.workbench.domain.review;

import java.util.Optional;

/** A reviewer's answer to one eligibility criterion; "en perspective" counts as met. */
public enum EligibilityAnswer {
    OUI("oui"),
    EN_PERSPECTIVE("en perspective"),
    NON("non");

    private final String label;

    EligibilityAnswer(String label) {
        this.label = label;
    }

    /** The French answer, as shown and exported. */
    public String label() {
        return label;
    }

    /** Whether the answer counts towards the 4 of 7. */
    public boolean met() {
        return this != NON;
    }

    /** The answer with this French label, if any. */
    public static Optional<EligibilityAnswer> fromLabel(String label) {
        for (EligibilityAnswer a : values()) {
            if (a.label.equals(label)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
