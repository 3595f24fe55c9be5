package fr.ptce.workbench.application.importing;

import java.util.List;

/**
 * What the import of a DS zip export did to the dossiers' files: files new to their dossier, files the dossier
 * already held (same content, by SHA-256), files no longer in the dossier's folder (deleted), and the dossiers of the
 * archive the workspace does not hold (their files not imported).
 */
public record AttachmentSummary(int added, int unchanged, int removed, long addedBytes, List<String> unknownDossiers) {

    /** Nothing: the import was not a zip. */
    public static final AttachmentSummary NONE = new AttachmentSummary(0, 0, 0, 0, List.of());

    public AttachmentSummary {
        unknownDossiers = List.copyOf(unknownDossiers);
    }

    /** One French clause: « pièces jointes : 3 nouvelles, 1 inchangée, 0 retirée ». */
    public String summary() {
        return "pièces jointes\u00a0: " + added + (added > 1 ? " nouvelles" : " nouvelle") + ", " + unchanged
                + (unchanged > 1 ? " inchangées" : " inchangée") + ", " + removed
                + (removed > 1 ? " retirées" : " retirée");
    }
}
