package fr.ptce.workbench.domain.kit;

import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;

/** A CRESS expert or PTCE compagnon who scores dossiers offline; the e-mail is the key of their reviews. */
public record Expert(String name, String email, String organisation) {

    public Expert {
        if (name == null || name.isBlank() || email == null || email.isBlank()) {
            throw new IllegalArgumentException("Le nom et l'adresse e-mail de l'expert sont obligatoires.");
        }
        name = name.strip();
        email = email.strip();
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
    }

    /** The expert as the author of reviews. */
    public Reviewer asReviewer() {
        return new Reviewer(name, email, ReviewerRole.EXPERT, null);
    }

    /** How the expert signs audit rows: {@code Name <email>}. */
    public String signature() {
        return asReviewer().signature();
    }
}
