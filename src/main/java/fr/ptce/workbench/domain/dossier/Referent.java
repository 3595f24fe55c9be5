package fr.ptce.workbench.domain.dossier;

/** The person the applicant names as referent; personal data, left out of pseudonymised kits. */
public record Referent(String name, String function, String email, String phone) {}
