package fr.ptce.workbench.cli.dossier;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.check.StatutesCheck;
import fr.ptce.workbench.domain.dossier.DossierAttachment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code attachments}: lists a dossier's files brought by DS zip exports, with the statutes' check, or copies them
 * into a folder; and sets the workspace's caps on zip exports.
 */
@Command(
        name = "attachments",
        mixinStandardHelpOptions = true,
        description = "Liste les pièces jointes d'un dossier (apportées par un export zip de démarches-simplifiées),"
                + " les copie dans un répertoire avec --extract, ou règle les tailles maximales des exports zip.")
public final class AttachmentsCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @Option(names = "--dossier", paramLabel = "NUMÉRO", description = "Numéro du dossier.")
    private String dossier;

    @Option(
            names = "--extract",
            paramLabel = "RÉPERTOIRE",
            description = "Copie les pièces jointes du dossier dans ce répertoire (créé s'il n'existe pas).")
    private Path extract;

    @Option(
            names = "--max-file-mb",
            paramLabel = "MO",
            description = "Taille maximale d'une pièce jointe, en Mo (50 par défaut), gardée dans l'espace.")
    private Long maxFileMb;

    @Option(
            names = "--max-total-mb",
            paramLabel = "MO",
            description = "Taille maximale d'un export zip une fois décompressé, en Mo (2048 par défaut).")
    private Long maxTotalMb;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (dossier == null && maxFileMb == null && maxTotalMb == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "Indiquez --dossier NUMÉRO, ou --max-file-mb / --max-total-mb.");
        }
        try (Workspace opened = workspace.open()) {
            if (maxFileMb != null || maxTotalMb != null) {
                long[] caps = opened.settings().attachmentCapsMb();
                opened.settings()
                        .setAttachmentCapsMb(
                                maxFileMb == null ? caps[0] : maxFileMb, maxTotalMb == null ? caps[1] : maxTotalMb);
                caps = opened.settings().attachmentCapsMb();
                out.println("Tailles maximales des exports zip\u00a0: " + caps[0] + " Mo par pièce jointe, " + caps[1]
                        + " Mo pour l'archive décompressée.");
            }
            if (dossier != null) {
                show(opened, out);
            }
        }
        out.flush();
        return 0;
    }

    private void show(Workspace opened, PrintWriter out) {
        if (opened.readDossiers().byNumber(dossier).isEmpty()) {
            throw new InvalidInputException("le dossier " + dossier + " n'est pas dans l'espace de travail.");
        }
        List<DossierAttachment> files = opened.attachments().list(dossier);
        out.println("Dossier " + dossier + "\u00a0: " + files.size()
                + (files.size() > 1 ? " pièces jointes" : " pièce jointe") + " — " + statutes(opened));
        for (DossierAttachment file : files) {
            out.println("  " + file.path() + "\t" + file.size() + " octets\t" + file.mediaType() + "\tSHA-256 "
                    + file.sha256());
        }
        if (extract != null) {
            List<Path> written = opened.attachments().extractAll(dossier, extract);
            out.println(written.size() + (written.size() > 1 ? " fichiers copiés" : " fichier copié") + " dans "
                    + extract.toAbsolutePath() + ".");
            written.forEach(path -> out.println("  " + path));
        }
    }

    private String statutes(Workspace opened) {
        StatutesCheck.Verdict verdict = opened.attachments().statutes(dossier);
        if (verdict.found() == null) {
            return "statuts\u00a0: inconnu (aucun export zip n'a apporté les fichiers du dossier)";
        }
        return verdict.found()
                ? "statuts\u00a0: trouvés ("
                        + verdict.file().map(DossierAttachment::path).orElse("") + ")"
                : "statuts\u00a0: absents des fichiers du dossier";
    }
}
