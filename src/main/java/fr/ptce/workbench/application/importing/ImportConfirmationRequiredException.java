package fr.ptce.workbench.application.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Holds back an import that looks like a mistake, nothing being imported: the export shares no dossier number with
 * a workspace that already holds dossiers (it would mark every one of them « absent »), or it comes from another DS
 * procedure than the workspace's last import (named by DS's file name, {@code dossiers_<procédure>_<date>}). The
 * window asks the user; the command line refuses unless {@code --force}. Importing anyway:
 * {@link ImportDossiers#fromFile(java.nio.file.Path, fr.ptce.workbench.domain.dossier.ColumnMapping, boolean,
 * fr.ptce.workbench.domain.Progress)} with {@code confirmed}.
 */
public final class ImportConfirmationRequiredException extends RuntimeException {

    /** Why the import needs the user's confirmation. */
    public enum Reason {
        /** None of the file's dossiers is in the workspace, which holds some. */
        NO_SHARED_DOSSIER,
        /** The file's procedure differs from the one of the workspace's last import. */
        OTHER_PROCEDURE
    }

    private final String fileName;
    private final Set<Reason> reasons;
    private final int workspaceDossiers;
    private final String fileProcedure;
    private final String workspaceProcedure;

    public ImportConfirmationRequiredException(
            String fileName,
            Set<Reason> reasons,
            int workspaceDossiers,
            String fileProcedure,
            String workspaceProcedure) {
        super(describe(fileName, reasons, workspaceDossiers, fileProcedure, workspaceProcedure));
        this.fileName = fileName;
        this.reasons = Set.copyOf(reasons);
        this.workspaceDossiers = workspaceDossiers;
        this.fileProcedure = fileProcedure;
        this.workspaceProcedure = workspaceProcedure;
    }

    private static String describe(
            String fileName, Set<Reason> reasons, int count, String fileProcedure, String workspaceProcedure) {
        List<String> why = new ArrayList<>();
        if (reasons.contains(Reason.NO_SHARED_DOSSIER)) {
            why.add("cet export ne partage aucun dossier avec l'espace de travail, qui en contient " + count
                    + "\u00a0: l'importer marquerait "
                    + (count > 1 ? "tous ses dossiers «\u00a0absents\u00a0»" : "son dossier «\u00a0absent\u00a0»"));
        }
        if (reasons.contains(Reason.OTHER_PROCEDURE)) {
            why.add("il vient d'une autre démarche («\u00a0" + fileProcedure + "\u00a0») que le dernier import de"
                    + " l'espace («\u00a0" + workspaceProcedure + "\u00a0»)");
        }
        return "Fichier «\u00a0" + fileName + "\u00a0»\u00a0: " + String.join("\u00a0; ", why)
                + ". Rien n'a été importé.";
    }

    public String fileName() {
        return fileName;
    }

    public Set<Reason> reasons() {
        return reasons;
    }

    /** The number of dossiers the workspace holds. */
    public int workspaceDossiers() {
        return workspaceDossiers;
    }

    /** The procedure the file's name tells. */
    public String fileProcedure() {
        return fileProcedure;
    }

    /** The procedure of the workspace's last import. */
    public String workspaceProcedure() {
        return workspaceProcedure;
    }
}
