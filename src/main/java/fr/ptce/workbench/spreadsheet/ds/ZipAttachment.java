package fr.ptce.workbench.spreadsheet.ds;

/**
 * One file of a dossier's folder in a DS zip export, as the first reading of the archive found it.
 *
 * @param entryName the entry's full name in the archive
 * @param dossierNumber the dossier number of its {@code dossier-<numéro>} folder
 * @param folder the folders between the dossier's folder and the file ({@code pieces_justificatives}), "" when none
 * @param fileName the file's name, without folder
 * @param size the inflated size in bytes
 * @param sha256 the SHA-256 of the content, 64 lowercase hex digits
 * @param mediaType the media type guessed from the first bytes and the name
 */
public record ZipAttachment(
        String entryName,
        String dossierNumber,
        String folder,
        String fileName,
        long size,
        String sha256,
        String mediaType) {}
