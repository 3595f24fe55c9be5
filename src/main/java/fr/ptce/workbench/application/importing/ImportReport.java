package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.RowProblem;
import java.util.List;

/**
 * What one import did: the dossiers new to the workspace, changed (with the fields), unchanged, and those
 * of the workspace absent from the file (kept and marked, never deleted), plus the row problems met.
 *
 * @param notes French remarks on the file as a whole, e.g. what a csv export cannot hold
 * @param attachments what a zip export did to the dossiers' files ({@link AttachmentSummary#NONE} otherwise)
 */
public record ImportReport(
        String fileName,
        String format,
        List<String> newDossiers,
        List<ChangedDossier> changed,
        List<String> unchanged,
        List<String> absent,
        int avisRows,
        List<RowProblem> problems,
        List<String> notes,
        AttachmentSummary attachments) {

    /** A report without attachments: a tabular export. */
    public ImportReport(
            String fileName,
            String format,
            List<String> newDossiers,
            List<ChangedDossier> changed,
            List<String> unchanged,
            List<String> absent,
            int avisRows,
            List<RowProblem> problems,
            List<String> notes) {
        this(
                fileName,
                format,
                newDossiers,
                changed,
                unchanged,
                absent,
                avisRows,
                problems,
                notes,
                AttachmentSummary.NONE);
    }

    public ImportReport {
        java.util.Objects.requireNonNull(attachments, "attachments");
        newDossiers = List.copyOf(newDossiers);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        absent = List.copyOf(absent);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** A dossier whose content changed since the previous import, with the labels of the changed fields. */
    public record ChangedDossier(String number, List<String> fields) {

        public ChangedDossier {
            fields = List.copyOf(fields);
        }
    }

    /** The number of dossiers the file held. */
    public int dossierCount() {
        return newDossiers.size() + changed.size() + unchanged.size();
    }

    /** One French line: counts by kind and problems. */
    public String summary() {
        return fileName + "\u00a0: " + plural(dossierCount(), "dossier", "dossiers") + " — "
                + plural(newDossiers.size(), "nouveau", "nouveaux") + ", "
                + plural(changed.size(), "modifié", "modifiés") + ", "
                + plural(unchanged.size(), "inchangé", "inchangés") + ", "
                + plural(absent.size(), "absent du fichier", "absents du fichier") + "\u00a0; "
                + plural(problems.size(), "problème", "problèmes")
                + (attachments.equals(AttachmentSummary.NONE) ? "" : "\u00a0; " + attachments.summary());
    }

    /** The same report for the zip that held the tabular export, with what the zip did to the dossiers' files. */
    public ImportReport inArchive(String zipName, AttachmentSummary summary, List<String> moreNotes) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(moreNotes);
        return new ImportReport(
                zipName + " (" + fileName + ")",
                "zip",
                newDossiers,
                changed,
                unchanged,
                absent,
                avisRows,
                problems,
                all,
                summary);
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count > 1 ? many : one);
    }
}
