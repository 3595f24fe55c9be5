package fr.ptce.workbench.domain.review;

import java.util.Objects;

/** Who reviews: name, e-mail (the key of their reviews), role and, for a correspondent, region. */
public record Reviewer(String name, String email, ReviewerRole role, String region) {

    public Reviewer {
        Objects.requireNonNull(role, "role");
        if (name == null || name.isBlank() || email == null || email.isBlank()) {
            throw new IllegalArgumentException("Le nom et l'adresse e-mail de l'évaluateur sont obligatoires.");
        }
        name = name.strip();
        email = email.strip();
        region = region == null || region.isBlank() ? null : region.strip();
    }

    /** How the reviewer signs audit rows: {@code Name <email>}. */
    public String signature() {
        return name + " <" + email + ">";
    }
}
