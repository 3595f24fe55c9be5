package fr.ptce.workbench.domain.dossier;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One file of a dossier, from the dossier's folder of a DS zip export (its content is stored beside, read on demand).
 *
 * @param id the store's id (0 before it is stored)
 * @param dossierNumber the dossier's number
 * @param folder the folders between the dossier's folder and the file in the archive, "" when none
 * @param fileName the file's name
 * @param mediaType the media type guessed from the first bytes and the name
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the content, 64 lowercase hex digits: a dossier holds each content once
 * @param importedAt when the import that brought it ran
 */
public record DossierAttachment(
        long id,
        String dossierNumber,
        String folder,
        String fileName,
        String mediaType,
        long size,
        String sha256,
        OffsetDateTime importedAt) {

    public DossierAttachment {
        Objects.requireNonNull(dossierNumber, "dossierNumber");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The path inside the dossier's folder: {@code pieces_justificatives/statuts.pdf}. */
    public String path() {
        return folder.isEmpty() ? fileName : folder + "/" + fileName;
    }
}
