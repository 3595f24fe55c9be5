package fr.ptce.workbench.spreadsheet.ds;

import java.util.Locale;
import java.util.Map;

/**
 * Guesses a file's media type from its first bytes, then its name's extension; never from the name alone when the
 * bytes say otherwise.
 */
public final class MediaTypes {

    /** The type of content nothing recognised. */
    public static final String UNKNOWN = "application/octet-stream";

    /** How many first bytes {@link #guess} looks at. */
    public static final int MAGIC_BYTES = 16;

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"),
            Map.entry("rtf", "application/rtf"),
            Map.entry("doc", "application/msword"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("odp", "application/vnd.oasis.opendocument.presentation"),
            Map.entry("zip", "application/zip"));

    private MediaTypes() {}

    /**
     * The media type of a file.
     *
     * @param fileName the file's name, for its extension
     * @param head the file's first bytes (up to {@link #MAGIC_BYTES}), possibly fewer
     */
    public static String guess(String fileName, byte[] head) {
        String byName = BY_EXTENSION.get(extension(fileName));
        if (starts(head, "%PDF-")) {
            return "application/pdf";
        }
        if (starts(head, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        }
        if (starts(head, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(head, "GIF8")) {
            return "image/gif";
        }
        if (starts(head, 'I', 'I', '*', 0) || starts(head, 'M', 'M', 0, '*')) {
            return "image/tiff";
        }
        if (starts(head, "{\\rtf")) {
            return "application/rtf";
        }
        if (starts(head, 'P', 'K', 3, 4) || starts(head, 'P', 'K', 5, 6)) {
            // an Office or OpenDocument file is a zip: its name tells which
            return byName != null && isZipBased(byName) ? byName : "application/zip";
        }
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return byName != null && byName.startsWith("application/vnd.ms") || "application/msword".equals(byName)
                    ? byName
                    : "application/x-ole-storage";
        }
        if (byName != null && !isBinaryFormat(byName)) {
            return byName; // text formats have no magic bytes
        }
        return UNKNOWN;
    }

    private static boolean isZipBased(String type) {
        return type.contains("openxmlformats") || type.contains("opendocument") || type.equals("application/zip");
    }

    /** The formats whose content starts with magic bytes: a name alone does not make one. */
    private static boolean isBinaryFormat(String type) {
        return type.startsWith("image/")
                || type.equals("application/pdf")
                || type.equals("application/rtf")
                || type.startsWith("application/vnd")
                || type.equals("application/msword")
                || type.equals("application/zip");
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean starts(byte[] head, String ascii) {
        int[] expected = ascii.chars().toArray();
        return starts(head, expected);
    }

    private static boolean starts(byte[] head, int... expected) {
        if (head.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
