package fr.ptce.workbench.spreadsheet.ds;

/**
 * The bounds a DS zip export must keep to be read: a hostile or broken archive is refused before it fills the
 * disk or the memory.
 *
 * @param maxFileBytes the largest attachment accepted, inflated (the tabular file inside is bounded by the total only)
 * @param maxTotalBytes the most bytes the whole archive may inflate to
 * @param maxEntries the most entries (files and folders) the archive may hold
 * @param maxRatio the highest inflated / compressed ratio accepted for an entry of more than 1 MB (a zip bomb)
 */
public record ZipCaps(long maxFileBytes, long maxTotalBytes, int maxEntries, int maxRatio) {

    /** One megabyte (2^20 bytes), the unit of the caps in the workspace settings. */
    public static final long MB = 1024L * 1024L;

    /** The default per-file cap, in MB. */
    public static final long DEFAULT_FILE_MB = 50;

    /** The default total cap, in MB (2 GB). */
    public static final long DEFAULT_TOTAL_MB = 2048;

    /** Entries below this size are never judged by their ratio: small texts compress very well. */
    static final long RATIO_FLOOR = MB;

    public ZipCaps {
        if (maxFileBytes <= 0 || maxTotalBytes <= 0 || maxEntries <= 0 || maxRatio <= 0) {
            throw new IllegalArgumentException("caps must be positive");
        }
    }

    /** 50 MB per file, 2 GB in all, 20,000 entries, a ratio of 100. */
    public static ZipCaps defaults() {
        return ofMegabytes(DEFAULT_FILE_MB, DEFAULT_TOTAL_MB);
    }

    /** The default entry and ratio caps with the given size caps, in MB. */
    public static ZipCaps ofMegabytes(long fileMb, long totalMb) {
        return new ZipCaps(fileMb * MB, totalMb * MB, 20_000, 100);
    }
}
