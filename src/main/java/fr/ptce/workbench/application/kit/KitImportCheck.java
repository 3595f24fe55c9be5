package fr.ptce.workbench.application.kit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a returned kit needs the user to decide: the invalid cells (French, naming each cell), the dossiers changed
 * since the export with the headings that changed, and, on a second return, every score that would change.
 */
public record KitImportCheck(
        Path file,
        String expert,
        List<String> problems,
        Map<String, List<String>> changedDossiers,
        boolean secondReturn,
        List<String> differences) {

    public KitImportCheck {
        problems = List.copyOf(problems);
        changedDossiers = Map.copyOf(changedDossiers);
        differences = List.copyOf(differences);
    }

    /** Whether the kit cannot be imported with these decisions. */
    public boolean refusedWith(KitDecisions d) {
        return !problems.isEmpty() && !d.acceptValidRows()
                || !changedDossiers.isEmpty() && !d.acceptChangedDossiers()
                || secondReturn && !d.replaceEarlierReturn();
    }

    /** The French account of what needs a decision, with the command-line option that takes it. */
    public String describe() {
        List<String> lines = new ArrayList<>();
        lines.add("Kit expert de " + expert + " (" + file.getFileName() + ")\u00a0: rien n'a été enregistré.");
        if (!problems.isEmpty()) {
            lines.add(problems.size() + (problems.size() > 1 ? " cellules invalides" : " cellule invalide")
                    + "\u00a0; corrigez-les, ou n'importez que les lignes"
                    + " valides (--accept-valid)\u00a0:");
            problems.forEach(p -> lines.add("  • " + p));
        }
        changedDossiers.forEach((number, headings) -> lines.add("Le dossier n° " + number + " a changé depuis"
                + " l'export du kit expert (" + String.join(", ", headings) + ")\u00a0; importer quand même\u00a0:"
                + " --accept-changed."));
        if (secondReturn) {
            lines.add("Ce kit expert a déjà été importé\u00a0; remplacer les notes du premier retour\u00a0: --replace."
                    + (differences.isEmpty() ? " Aucune note ne change." : " Différences\u00a0:"));
            differences.forEach(d -> lines.add("  • " + d));
        }
        return String.join("\n", lines);
    }
}
