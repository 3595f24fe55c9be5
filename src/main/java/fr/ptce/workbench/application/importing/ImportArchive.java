package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.DossierAttachment;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import fr.ptce.workbench.persistence.dossier.AttachmentRepository;
import fr.ptce.workbench.spreadsheet.ds.DsZipContent;
import fr.ptce.workbench.spreadsheet.ds.DsZipReader;
import fr.ptce.workbench.spreadsheet.ds.ZipAttachment;
import fr.ptce.workbench.spreadsheet.ds.ZipCaps;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports a DS zip export: the archive is read through once and checked ({@link DsZipReader}), then in one
 * transaction the tabular export inside (if any) is imported as a file of its own, and each dossier's files are
 * stored: a content the dossier already holds (same SHA-256) is kept, a new one added, one no longer in the
 * dossier's folder deleted. All or nothing: a refusal anywhere leaves the store unchanged.
 */
final class ImportArchive {

    private static final String FILE_CAP_SETTING = ImportDossiers.FILE_CAP_SETTING;
    private static final String TOTAL_CAP_SETTING = ImportDossiers.TOTAL_CAP_SETTING;

    private final Database database;
    private final ImportDossiers dossiers;
    private final Clock clock;

    ImportArchive(Database database, ImportDossiers dossiers, Clock clock) {
        this.database = database;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** The caps the workspace's settings give, the defaults where unset. */
    static ZipCaps caps(Repositories repositories) {
        long file = repositories
                .settings()
                .find(FILE_CAP_SETTING)
                .map(Long::parseLong)
                .orElse(ZipCaps.DEFAULT_FILE_MB);
        long total = repositories
                .settings()
                .find(TOTAL_CAP_SETTING)
                .map(Long::parseLong)
                .orElse(ZipCaps.DEFAULT_TOTAL_MB);
        return ZipCaps.ofMegabytes(file, total);
    }

    ImportReport fromZip(Path zip, ColumnMapping mapping, boolean confirmed, Progress progress) {
        String zipName = zip.getFileName().toString();
        ZipCaps caps = database.inTransaction(ImportArchive::caps);
        try (DsZipContent content = new DsZipReader().open(zip, caps, progress)) {
            return database.inTransaction(repositories -> {
                ImportReport tabular = content.tabular().isPresent()
                        ? dossiers.importIn(repositories, content.tabular().get(), mapping, confirmed, progress)
                        : null;
                AttachmentSummary stored = store(repositories, content, tabular != null, progress);
                List<String> notes = notes(content, stored);
                if (tabular != null) {
                    return tabular.inArchive(zipName, stored, notes);
                }
                return new ImportReport(
                        zipName, "zip", List.of(), List.of(), List.of(), List.of(), 0, List.of(), notes, stored);
            });
        }
    }

    private AttachmentSummary store(
            Repositories repositories, DsZipContent content, boolean hadTabular, Progress progress) {
        Map<String, List<ZipAttachment>> byDossier = new LinkedHashMap<>();
        content.attachments()
                .forEach(a -> byDossier
                        .computeIfAbsent(a.dossierNumber(), n -> new ArrayList<>())
                        .add(a));
        Set<String> known = repositories.dossiers().numbers();
        List<String> unknown =
                byDossier.keySet().stream().filter(n -> !known.contains(n)).toList();
        if (!hadTabular && !byDossier.isEmpty() && unknown.size() == byDossier.size()) {
            throw new InputRefusedException(
                    InputRefusedException.Location.file(content.fileName()),
                    "aucun des dossiers de l'archive n'est dans l'espace de travail (" + String.join(", ", unknown)
                            + ")\u00a0: importez d'abord l'export xlsx, ods ou csv de la démarche");
        }
        AttachmentRepository attachments = repositories.attachments();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int added = 0;
        int unchanged = 0;
        int removed = 0;
        long bytes = 0;
        int done = 0;
        for (Map.Entry<String, List<ZipAttachment>> dossier : byDossier.entrySet()) {
            progress.checkCancelled();
            progress.update(done++, byDossier.size(), "Enregistrement des pièces jointes…");
            if (!known.contains(dossier.getKey())) {
                continue;
            }
            Map<String, DossierAttachment> held = new HashMap<>();
            attachments.list(dossier.getKey()).forEach(a -> held.put(a.sha256(), a));
            Set<String> seen = new HashSet<>();
            for (ZipAttachment file : dossier.getValue()) {
                if (!seen.add(file.sha256())) {
                    continue; // the same content twice in the folder: kept once
                }
                DossierAttachment before = held.get(file.sha256());
                if (before != null) {
                    unchanged++;
                    if (!before.folder().equals(file.folder())
                            || !before.fileName().equals(file.fileName())) {
                        attachments.rename(before.id(), file.folder(), file.fileName(), file.mediaType());
                    }
                    continue;
                }
                DossierAttachment attachment = new DossierAttachment(
                        0,
                        file.dossierNumber(),
                        file.folder(),
                        file.fileName(),
                        file.mediaType(),
                        file.size(),
                        file.sha256(),
                        now);
                try (InputStream in = content.open(file)) {
                    attachments.insert(attachment, in);
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
                added++;
                bytes += file.size();
            }
            List<Long> gone = held.values().stream()
                    .filter(a -> !seen.contains(a.sha256()))
                    .map(DossierAttachment::id)
                    .toList();
            removed += attachments.delete(gone);
        }
        return new AttachmentSummary(added, unchanged, removed, bytes, unknown);
    }

    private static List<String> notes(DsZipContent content, AttachmentSummary stored) {
        List<String> notes = new ArrayList<>();
        if (!stored.unknownDossiers().isEmpty()) {
            notes.add("Dossiers de l'archive absents de l'espace de travail, pièces jointes non importées\u00a0: "
                    + String.join(", ", stored.unknownDossiers()) + ".");
        }
        if (!content.ignored().isEmpty()) {
            notes.add("Fichiers de l'archive hors des dossiers «\u00a0dossier-<numéro>\u00a0», non lus\u00a0: "
                    + String.join(", ", content.ignored().stream().limit(10).toList())
                    + (content.ignored().size() > 10 ? "…" : "") + ".");
        }
        return notes;
    }
}
