package fr.ptce.workbench.domain.dossier;

/** The private annotations PESSII keeps on DS ("cadre réservé à l'administration"). Null when empty. */
public record Annotations(String pessiiAdmissibility, String pessiiComment) {}
