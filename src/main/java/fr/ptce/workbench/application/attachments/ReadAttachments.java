package fr.ptce.workbench.application.attachments;

import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.check.StatutesCheck;
import fr.ptce.workbench.domain.dossier.DossierAttachment;
import fr.ptce.workbench.persistence.Database;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The dossiers' files from DS zip exports: listed with size and type, copied out of the workspace on demand. */
public final class ReadAttachments {

    private final Database database;

    public ReadAttachments(Database database) {
        this.database = database;
    }

    /** The dossier's files, by folder then name; empty when no zip export brought any. */
    public List<DossierAttachment> list(String dossierNumber) {
        return database.inTransaction(r -> r.attachments().list(dossierNumber));
    }

    /**
     * The dossier's statutes: found among its files, missing, or unknown when no zip export brought its files
     * ({@link StatutesCheck}); unknown too for a dossier the workspace does not hold.
     */
    public StatutesCheck.Verdict statutes(String dossierNumber) {
        return database.inTransaction(r -> r.dossiers()
                .find(dossierNumber)
                .map(d -> StatutesCheck.assess(d, r.attachments().list(dossierNumber)))
                .orElse(StatutesCheck.Verdict.UNKNOWN));
    }

    /**
     * Copies one file into the folder under its own name (a name already taken gets « (2) »…); returns the new file.
     * The copy is written beside, then moved into place: a failure leaves no partial file.
     */
    public Path extract(DossierAttachment attachment, Path folder) {
        try {
            Files.createDirectories(folder);
            Path target = freeName(folder, safeName(attachment.fileName()));
            Path partial = Files.createTempFile(folder, ".ptce-", ".part");
            try {
                boolean found = database.inTransaction(r -> {
                    try (OutputStream out = Files.newOutputStream(partial)) {
                        return r.attachments().copyContent(attachment.id(), out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                if (!found) {
                    throw new InvalidInputException("La pièce jointe «\u00a0" + attachment.fileName()
                            + "\u00a0» n'est plus dans l'espace de travail (réimportée ou purgée).");
                }
                return Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException("Impossible d'écrire la pièce jointe «\u00a0" + attachment.fileName()
                    + "\u00a0» dans «\u00a0" + folder + "\u00a0»\u00a0: " + e.getMessage());
        }
    }

    /** Copies every file of the dossier into the folder; returns the files written, in list order. */
    public List<Path> extractAll(String dossierNumber, Path folder) {
        return list(dossierNumber).stream().map(a -> extract(a, folder)).toList();
    }

    /** The name without any folder part nor character a file system refuses. */
    static String safeName(String fileName) {
        String name = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "piece-jointe";
        }
        return name;
    }

    private static Path freeName(Path folder, String name) {
        Path candidate = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(base + " (" + n + ")" + extension);
        }
        return candidate;
    }
}
