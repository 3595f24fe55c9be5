package fr.ptce.workbench.domain.dossier;

/** The file names of the dossier's attachments (DS exports names, never the files). Null when none. */
public record Attachments(String statutes, String budget) {}
