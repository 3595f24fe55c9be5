package fr.ptce.workbench.persistence.dossier;

import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER_ATTACHMENT;

import fr.ptce.workbench.domain.dossier.DossierAttachment;
import fr.ptce.workbench.persistence.common.StoreException;
import fr.ptce.workbench.persistence.generated.tables.records.DossierAttachmentRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The files of the dossiers (DS zip exports): their description through jOOQ, their content streamed through JDBC
 * (a BLOB in H2, BYTEA in PostgreSQL) so that no file is held whole by the workbench on the way in.
 */
public final class AttachmentRepository {

    private static final java.util.Comparator<DossierAttachment> BY_PATH = java.util.Comparator.comparing(
                    (DossierAttachment a) -> a.folder().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(a -> a.fileName().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(DossierAttachment::id);

    private final DSLContext dsl;

    public AttachmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The dossier's files, by folder then name (ignoring case), without their content. */
    public List<DossierAttachment> list(String dossierNumber) {
        return dsl
                .select(
                        DOSSIER_ATTACHMENT.ID,
                        DOSSIER_ATTACHMENT.DOSSIER_NUMBER,
                        DOSSIER_ATTACHMENT.FOLDER,
                        DOSSIER_ATTACHMENT.FILE_NAME,
                        DOSSIER_ATTACHMENT.MEDIA_TYPE,
                        DOSSIER_ATTACHMENT.SIZE_BYTES,
                        DOSSIER_ATTACHMENT.SHA256,
                        DOSSIER_ATTACHMENT.IMPORTED_AT)
                .from(DOSSIER_ATTACHMENT)
                .where(DOSSIER_ATTACHMENT.DOSSIER_NUMBER.eq(dossierNumber))
                .orderBy(DOSSIER_ATTACHMENT.ID)
                .fetch(r -> new DossierAttachment(
                        r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8()))
                .stream()
                // sorted here, not by the database: H2 and PostgreSQL collate differently
                .sorted(BY_PATH)
                .toList();
    }

    /** The number of files of every dossier that has some. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new HashMap<>();
        dsl.select(DOSSIER_ATTACHMENT.DOSSIER_NUMBER, org.jooq.impl.DSL.count())
                .from(DOSSIER_ATTACHMENT)
                .groupBy(DOSSIER_ATTACHMENT.DOSSIER_NUMBER)
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    /** Stores a new file, its content read from the stream (exactly {@code attachment.size()} bytes). */
    public void insert(DossierAttachment attachment, InputStream content) {
        dsl.connection(connection -> {
            String sql = "INSERT INTO dossier_attachment (dossier_number, folder, file_name, media_type, size_bytes,"
                    + " sha256, content, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setString(1, attachment.dossierNumber());
                insert.setString(2, attachment.folder());
                insert.setString(3, attachment.fileName());
                insert.setString(4, attachment.mediaType());
                insert.setLong(5, attachment.size());
                insert.setString(6, attachment.sha256());
                insert.setBinaryStream(7, content, attachment.size());
                insert.setObject(8, attachment.importedAt());
                insert.executeUpdate();
            }
        });
    }

    /** Renames a stored file (same content, another name or folder in the new archive). */
    public void rename(long id, String folder, String fileName, String mediaType) {
        dsl.update(DOSSIER_ATTACHMENT)
                .set(DOSSIER_ATTACHMENT.FOLDER, folder)
                .set(DOSSIER_ATTACHMENT.FILE_NAME, fileName)
                .set(DOSSIER_ATTACHMENT.MEDIA_TYPE, mediaType)
                .where(DOSSIER_ATTACHMENT.ID.eq(id))
                .execute();
    }

    /** Deletes the given files. */
    public int delete(Collection<Long> ids) {
        return ids.isEmpty()
                ? 0
                : dsl.deleteFrom(DOSSIER_ATTACHMENT)
                        .where(DOSSIER_ATTACHMENT.ID.in(ids))
                        .execute();
    }

    /** The file's description, or null when no file has this id. */
    public DossierAttachment find(long id) {
        DossierAttachmentRecord r = dsl.selectFrom(DOSSIER_ATTACHMENT)
                .where(DOSSIER_ATTACHMENT.ID.eq(id))
                .fetchOne();
        return r == null
                ? null
                : new DossierAttachment(
                        r.getId(),
                        r.getDossierNumber(),
                        r.getFolder(),
                        r.getFileName(),
                        r.getMediaType(),
                        r.getSizeBytes(),
                        r.getSha256(),
                        r.getImportedAt());
    }

    /** Copies the file's content to the stream; false when no file has this id. */
    public boolean copyContent(long id, OutputStream out) {
        return dsl.connectionResult(connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT content FROM dossier_attachment WHERE id=?")) {
                select.setLong(1, id);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return false;
                    }
                    try (InputStream in = row.getBinaryStream(1)) {
                        in.transferTo(out);
                    }
                    return true;
                }
            } catch (IOException failed) {
                throw new StoreException("Copie de la pièce jointe impossible\u00a0: " + failed.getMessage(), failed);
            }
        });
    }
}
