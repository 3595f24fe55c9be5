package fr.ptce.workbench.spreadsheet.ds;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A DS zip export that {@link DsZipReader} read through once and found sound: the tabular export inside, copied to
 * a private temporary folder, and each dossier's files, whose content is streamed again from the archive on demand.
 * Closing it closes the archive and deletes the temporary folder.
 */
public final class DsZipContent implements AutoCloseable {

    private final String fileName;
    private final ZipFile zip;
    private final Path tempFolder;
    private final Path tabular;
    private final List<ZipAttachment> attachments;
    private final Map<ZipAttachment, ZipArchiveEntry> entries;
    private final List<String> ignored;

    DsZipContent(
            String fileName,
            ZipFile zip,
            Path tempFolder,
            Path tabular,
            List<ZipAttachment> attachments,
            Map<ZipAttachment, ZipArchiveEntry> entries,
            List<String> ignored) {
        this.fileName = fileName;
        this.zip = zip;
        this.tempFolder = tempFolder;
        this.tabular = tabular;
        this.attachments = List.copyOf(attachments);
        this.entries = entries;
        this.ignored = List.copyOf(ignored);
    }

    /** The archive's file name. */
    public String fileName() {
        return fileName;
    }

    /** The tabular export (xlsx, ods or csv) the archive held beside the dossiers' folders, copied under its name. */
    public Optional<Path> tabular() {
        return Optional.ofNullable(tabular);
    }

    /** Every file of a dossier's folder, in archive order. */
    public List<ZipAttachment> attachments() {
        return attachments;
    }

    /** The entries outside every dossier's folder that are not the tabular export (not read). */
    public List<String> ignored() {
        return ignored;
    }

    /**
     * The content of one attachment, streamed from the archive; it ends after the size found by the first reading
     * and fails if the archive changed since.
     */
    public InputStream open(ZipAttachment attachment) {
        ZipArchiveEntry entry = entries.get(attachment);
        if (entry == null) {
            throw new IllegalArgumentException("not an attachment of this archive: " + attachment.entryName());
        }
        try {
            return new SizeCheckedStream(zip.getInputStream(entry), attachment.size(), attachment.entryName());
        } catch (IOException unreadable) {
            throw new InputRefusedException(
                    Location.file(fileName),
                    "l'entrée «\u00a0" + attachment.entryName() + "\u00a0» est devenue illisible ("
                            + unreadable.getMessage() + ")",
                    unreadable);
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException ignoredOnClose) {
            // read-only: nothing to lose
        }
        deleteFolder(tempFolder);
    }

    static void deleteFolder(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            folder.toFile().deleteOnExit();
        }
    }

    /** A stream that gives exactly the expected number of bytes, or fails. */
    private static final class SizeCheckedStream extends InputStream {

        private final InputStream in;
        private final long expected;
        private final String entryName;
        private long read;

        SizeCheckedStream(InputStream in, long expected, String entryName) {
            this.in = in;
            this.expected = expected;
            this.entryName = entryName;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                if (read != expected) {
                    throw new IOException("entry " + entryName + " shorter than when first read");
                }
                return -1;
            }
            read += n;
            if (read > expected) {
                throw new IOException("entry " + entryName + " longer than when first read");
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
