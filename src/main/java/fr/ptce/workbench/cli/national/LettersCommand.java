package fr.ptce.workbench.cli.national;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.national.GenerateLetters;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.letters.LetterKind;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code letters}: one Word letter per recorded decision of the cabinet, the mail-merge workbook and, for the
 * phase-1 and phase-2 decisions, the sheet to record each decision in DS. Sends nothing.
 */
@Command(
        name = "letters",
        mixinStandardHelpOptions = true,
        description = {
            "Prépare les courriers des décisions du cabinet enregistrées\u00a0: un document Word (.docx)"
                    + " par dossier, le classeur de publipostage (courriel, destinataire, objet, fichier) et, pour les"
                    + " phases\u00a01 et 2, la feuille des décisions à reporter dans DS (accepté / refusé,"
                    + " motivation).",
            "N'envoie aucun courriel."
        })
public final class LettersCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @Option(
            names = "--kind",
            required = true,
            paramLabel = "phase1|invitation|phase2",
            description = "Type de courrier\u00a0: phase1 (lauréat ou non retenu en phase\u00a01), invitation"
                    + " (invitation à candidater à la phase\u00a02), phase2 (lauréat de la phase\u00a02 avec son"
                    + " montant et sa répartition sur deux ans, ou non retenu).")
    private String kind;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DOSSIER",
            description = "Dossier où écrire les courriers et le classeur de publipostage (créé s'il n'existe pas).")
    private Path out;

    @Option(
            names = "--template",
            paramLabel = "MODELE.docx",
            description = "Modèle Word à champs {{champ}} (par défaut\u00a0: le modèle fourni pour ce type).")
    private Path template;

    /** {@code phase1, invitation ou phase2}. */
    private static String kinds() {
        List<String> keys =
                Arrays.stream(LetterKind.values()).map(LetterKind::key).toList();
        return String.join(", ", keys.subList(0, keys.size() - 1)) + " ou " + keys.get(keys.size() - 1);
    }

    @Override
    public Integer call() {
        LetterKind letterKind = LetterKind.byKey(kind.strip().toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new CommandLine.ParameterException(
                        spec.commandLine(), "--kind attend " + kinds() + ", pas «\u00a0" + kind + "\u00a0»."));
        GenerateLetters.Report report;
        try (Workspace opened = workspace.open()) {
            report = opened.generateLetters().toFolder(letterKind, Optional.ofNullable(template), out, Progress.NONE);
        }
        PrintWriter printer = spec.commandLine().getOut();
        int n = report.letters().size();
        printer.println("Courriers écrits (" + letterKind.label() + ")\u00a0: " + n + (n > 1 ? " dossiers" : " dossier")
                + " dans " + report.folder().toAbsolutePath());
        printer.println("Classeur de publipostage\u00a0: " + report.workbook().toAbsolutePath());
        if (report.withoutEmail() > 0) {
            printer.println("Courriel inconnu pour " + report.withoutEmail() + " dossier"
                    + (report.withoutEmail() > 1 ? "s" : "") + "\u00a0: complétez la colonne «\u00a0Courriel\u00a0»"
                    + " (importez l'export DS national pour la remplir).");
        }
        printer.println("Aucun courriel n'a été envoyé.");
        printer.flush();
        return 0;
    }
}
