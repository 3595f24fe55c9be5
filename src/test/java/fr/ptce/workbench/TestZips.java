package fr.ptce.workbench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/** Writes zip archives for the tests: DS zip exports and hostile ones. */
public final class TestZips {

    private TestZips() {}

    /** One entry: its name, content, whether stored (not deflated), whether a symbolic link. */
    public record Entry(String name, byte[] content, boolean stored, boolean symlink) {

        public static Entry of(String name, byte[] content) {
            return new Entry(name, content, false, false);
        }

        public static Entry text(String name, String content) {
            return of(name, content.getBytes(StandardCharsets.UTF_8));
        }

        public static Entry stored(String name, byte[] content) {
            return new Entry(name, content, true, false);
        }

        public static Entry symlink(String name, String target) {
            return new Entry(name, target.getBytes(StandardCharsets.UTF_8), true, true);
        }

        public static Entry file(String name, Path file) {
            try {
                return of(name, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Writes the archive and returns its path. */
    public static Path write(Path target, Entry... entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(target);
                ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (Entry entry : entries) {
                ZipArchiveEntry zipEntry = new ZipArchiveEntry(entry.name());
                if (entry.stored()) {
                    zipEntry.setMethod(ZipArchiveEntry.STORED);
                    zipEntry.setSize(entry.content().length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(entry.content());
                    zipEntry.setCrc(crc.getValue());
                }
                if (entry.symlink()) {
                    zipEntry.setUnixMode(0120777);
                }
                zip.putArchiveEntry(zipEntry);
                zip.write(entry.content());
                zip.closeArchiveEntry();
            }
        }
        return target;
    }

    /** The archive cut to a fraction of its length. */
    public static Path truncated(Path zip, Path target, double fraction) throws IOException {
        byte[] all = Files.readAllBytes(zip);
        return Files.write(target, Arrays.copyOf(all, (int) (all.length * fraction)));
    }

    /** Pseudo-random bytes that do not compress. */
    public static byte[] noise(int length, long seed) {
        byte[] bytes = new byte[length];
        new java.util.Random(seed).nextBytes(bytes);
        return bytes;
    }
}
