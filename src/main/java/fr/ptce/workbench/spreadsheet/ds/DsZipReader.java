package fr.ptce.workbench.spreadsheet.ds;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.spreadsheet.xlsx.ZipContentCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Reads a DS zip export (2022 onwards, with or without export template, and the monthly « archives » of 2021): one
 * folder {@code dossier-<numéro>} per dossier under any root folder ({@code export/}), holding the dossier's PDF
 * and its files (in {@code pieces_justificatives/} without template), and possibly the tabular export beside them.
 *
 * <p>The archive is read through once before anything is kept: every name is checked (a path leaving the folder, an
 * absolute path, a drive letter or a symbolic link refuses the whole archive), every entry inflated and counted
 * against the {@link ZipCaps} (per file, in all, by ratio, number of entries), its SHA-256 and media type computed;
 * a truncated or corrupt archive is refused. Each refusal is a French message naming the file and the entry.
 */
public final class DsZipReader {

    private static final int BUFFER = 64 * 1024;

    /**
     * Whether the file is a zip that is neither an xlsx nor an ods: named {@code .zip}, or holding a dossier's folder
     * or a tabular export. Reads the archive's table of contents only; never throws.
     */
    public static boolean isArchive(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] > 6) {
                return false;
            }
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        Set<String> names;
        try {
            names = ZipContentCheck.entryNames(file, name);
        } catch (RuntimeException unreadable) {
            return name.endsWith(".zip");
        }
        if (names.contains("[Content_Types].xml") || ZipContentCheck.isOpenDocument(names)) {
            return false;
        }
        return name.endsWith(".zip")
                || names.stream().map(ZipEntryPath::of).anyMatch(p -> p.dossierNumber() != null || p.tabular());
    }

    /**
     * Whether the zip holds a dossier's folder or a tabular export (not only its name says so): what a DS zip export
     * holds, and a workspace backup does not. Reads the table of contents only; never throws.
     */
    public static boolean holdsDossiers(Path file) {
        try {
            Set<String> names = ZipContentCheck.entryNames(file, String.valueOf(file.getFileName()));
            return !names.contains("[Content_Types].xml")
                    && !ZipContentCheck.isOpenDocument(names)
                    && names.stream().map(ZipEntryPath::of).anyMatch(p -> p.dossierNumber() != null || p.tabular());
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * Reads the archive through once and returns its content, the tabular export copied to a temporary folder.
     *
     * @throws InputRefusedException when the archive is hostile, broken or holds nothing of a DS export
     * @throws fr.ptce.workbench.domain.CancelledException when the progress reports a cancellation
     */
    public DsZipContent open(Path file, ZipCaps caps, Progress progress) {
        String fileName = String.valueOf(file.getFileName());
        ZipFile zip;
        try {
            zip = ZipFile.builder()
                    .setPath(file)
                    .setCharset(StandardCharsets.UTF_8)
                    .setUseUnicodeExtraFields(true)
                    .get();
        } catch (IOException | RuntimeException unreadable) {
            throw new InputRefusedException(
                    Location.file(fileName),
                    "archive zip tronquée ou corrompue (sa table des matières est illisible)\u00a0: téléchargez à"
                            + " nouveau l'export zip",
                    unreadable);
        }
        Path temp = null;
        try {
            temp = Files.createTempDirectory("ptce-zip-");
            DsZipContent content = new Pass(fileName, zip, caps, progress, temp).run();
            temp = null;
            return content;
        } catch (IOException failed) {
            throw new InputRefusedException(
                    Location.file(fileName), "dossier temporaire impossible à créer (" + failed.getMessage() + ")");
        } finally {
            if (temp != null) {
                try {
                    zip.close();
                } catch (IOException ignored) {
                    // refused anyway
                }
                DsZipContent.deleteFolder(temp);
            }
        }
    }

    /** The one reading of an archive. */
    private static final class Pass {

        private final String fileName;
        private final ZipFile zip;
        private final ZipCaps caps;
        private final Progress progress;
        private final Path temp;
        private final List<ZipAttachment> attachments = new ArrayList<>();
        private final Map<ZipAttachment, ZipArchiveEntry> entries = new IdentityHashMap<>();
        private final List<String> ignored = new ArrayList<>();
        private Path tabular;
        private String tabularEntry;
        private long total;

        Pass(String fileName, ZipFile zip, ZipCaps caps, Progress progress, Path temp) {
            this.fileName = fileName;
            this.zip = zip;
            this.caps = caps;
            this.progress = progress;
            this.temp = temp;
        }

        DsZipContent run() {
            List<ZipArchiveEntry> all = Collections.list(zip.getEntries());
            if (all.size() > caps.maxEntries()) {
                throw refused("l'archive contient " + all.size() + " entrées, plus que les " + caps.maxEntries()
                        + " acceptées\u00a0: ce n'est pas un export zip de demarches-simplifiees.fr");
            }
            for (ZipArchiveEntry entry : all) {
                checkName(entry);
            }
            int done = 0;
            for (ZipArchiveEntry entry : all) {
                progress.checkCancelled();
                progress.update(done++, all.size(), "Lecture de l'archive zip…");
                if (!entry.isDirectory()) {
                    read(entry);
                }
            }
            if (attachments.isEmpty() && tabular == null) {
                throw refused("archive zip sans dossier «\u00a0dossier-<numéro>\u00a0» ni export xlsx, ods ou csv"
                        + "\u00a0: ce n'est pas un export zip de demarches-simplifiees.fr");
            }
            return new DsZipContent(fileName, zip, temp, tabular, attachments, entries, ignored);
        }

        private void checkName(ZipArchiveEntry entry) {
            String name = entry.getName();
            String refusal = ZipEntryPath.refusal(name);
            if (refusal != null) {
                throw refusedEntry(name, refusal);
            }
            if (entry.isUnixSymlink()) {
                throw refusedEntry(name, "lien symbolique, qui pourrait désigner un fichier hors de l'archive");
            }
            if (!entry.isDirectory() && !zip.canReadEntryData(entry)) {
                throw refusedEntry(name, "entrée chiffrée ou compressée d'une manière non prise en charge");
            }
        }

        private void read(ZipArchiveEntry entry) {
            ZipEntryPath path = ZipEntryPath.of(entry.getName());
            if (path.clutter()) {
                return;
            }
            String dossier = path.dossierNumber();
            if (dossier != null) {
                Measured measured = measure(entry, caps.maxFileBytes(), null);
                ZipAttachment attachment = new ZipAttachment(
                        entry.getName(),
                        dossier,
                        path.folderInDossier(),
                        path.fileName(),
                        measured.size,
                        measured.sha256,
                        MediaTypes.guess(path.fileName(), measured.head));
                attachments.add(attachment);
                entries.put(attachment, entry);
            } else if (path.tabular()) {
                if (tabular != null) {
                    throw refused("l'archive contient deux exports tabulaires, «\u00a0" + tabularEntry
                            + "\u00a0» et «\u00a0" + entry.getName() + "\u00a0»\u00a0: importez-les un par un");
                }
                tabularEntry = entry.getName();
                tabular = temp.resolve(path.fileName());
                try (OutputStream out = Files.newOutputStream(tabular)) {
                    measure(entry, caps.maxTotalBytes(), out);
                } catch (IOException unwritable) {
                    throw refusedEntry(
                            entry.getName(), "copie temporaire impossible (" + unwritable.getMessage() + ")");
                }
            } else {
                ignored.add(entry.getName());
            }
        }

        private record Measured(long size, String sha256, byte[] head) {}

        /** Inflates the entry once, counting it against the caps; copies it when {@code out} is given. */
        private Measured measure(ZipArchiveEntry entry, long fileCap, OutputStream out) {
            String name = entry.getName();
            MessageDigest sha = sha256();
            byte[] head = new byte[0];
            long size = 0;
            long compressed = entry.getCompressedSize() > 0 ? entry.getCompressedSize() : 1;
            byte[] buffer = new byte[BUFFER];
            try (InputStream in = zip.getInputStream(entry)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    if (size == 0) {
                        head = java.util.Arrays.copyOf(buffer, Math.min(n, MediaTypes.MAGIC_BYTES));
                    }
                    size += n;
                    total += n;
                    checkCaps(name, size, compressed, fileCap);
                    sha.update(buffer, 0, n);
                    if (out != null) {
                        out.write(buffer, 0, n);
                    }
                }
            } catch (IOException | RuntimeException unreadable) {
                if (unreadable instanceof InputRefusedException refusal) {
                    throw refusal;
                }
                throw new InputRefusedException(
                        Location.file(fileName),
                        "archive zip tronquée ou corrompue, entrée «\u00a0" + name + "\u00a0» illisible ("
                                + unreadable.getMessage() + ")\u00a0: téléchargez à nouveau l'export zip",
                        unreadable);
            }
            if (entry.getSize() >= 0 && entry.getSize() != size) {
                throw refusedEntry(
                        name,
                        "archive zip corrompue\u00a0: " + size + " octets lus au lieu des " + entry.getSize()
                                + " annoncés");
            }
            return new Measured(size, HexFormat.of().formatHex(sha.digest()), head);
        }

        private void checkCaps(String name, long size, long compressed, long fileCap) {
            if (size > fileCap) {
                throw refusedEntry(
                        name,
                        "fichier de plus de " + megabytes(fileCap) + " Mo une fois décompressé, plus que la taille"
                                + " maximale par fichier (Réglages de l'espace de travail)");
            }
            if (total > caps.maxTotalBytes()) {
                throw refusedEntry(
                        name,
                        "l'archive dépasse " + megabytes(caps.maxTotalBytes()) + " Mo une fois décompressée, la"
                                + " taille totale maximale (Réglages de l'espace de travail)");
            }
            if (size > ZipCaps.RATIO_FLOOR && size / compressed > caps.maxRatio()) {
                throw refusedEntry(
                        name,
                        "bombe zip\u00a0: l'entrée se décompresse plus de " + caps.maxRatio()
                                + " fois sa taille compressée");
            }
        }

        private InputRefusedException refused(String reason) {
            return new InputRefusedException(Location.file(fileName), reason);
        }

        private InputRefusedException refusedEntry(String entry, String reason) {
            return new InputRefusedException(
                    Location.file(fileName), "entrée «\u00a0" + entry + "\u00a0»\u00a0: " + reason);
        }
    }

    private static long megabytes(long bytes) {
        return bytes / ZipCaps.MB;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
