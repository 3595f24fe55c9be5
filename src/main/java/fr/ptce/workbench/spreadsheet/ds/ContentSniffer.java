package fr.ptce.workbench.spreadsheet.ds;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells from the first bytes of a file, not its extension, what kind of content it holds. */
final class ContentSniffer {

    /** The kinds of content the reader tells apart. */
    enum Content {
        /** A zip archive, which an xlsx is. */
        ZIP,
        /** An OLE2 compound file: an Excel 97-2003 workbook or an encrypted Office file. */
        OLE2,
        /** Text with a UTF-16 byte order mark, or whose NUL bytes betray UTF-16. */
        UTF16_TEXT,
        /** Binary content that is no text at all. */
        BINARY,
        /** Anything else, read as UTF-8 text. */
        TEXT
    }

    private static final int PEEK = 8192;

    private ContentSniffer() {}

    static Content sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PEEK);
        }
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            return Content.ZIP;
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Content.OLE2;
        }
        if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
            return Content.UTF16_TEXT;
        }
        return nulBytes(head);
    }

    private static Content nulBytes(byte[] head) {
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) {
                    evenNuls++;
                } else {
                    oddNuls++;
                }
            }
        }
        if (evenNuls + oddNuls == 0) {
            return Content.TEXT;
        }
        // UTF-16 text in a Latin script has a NUL in every other byte, always on the same side
        int half = head.length / 2;
        boolean utf16 = half > 0 && (evenNuls > half * 0.4 && oddNuls == 0 || oddNuls > half * 0.4 && evenNuls == 0);
        return utf16 ? Content.UTF16_TEXT : Content.BINARY;
    }

    private static boolean startsWith(byte[] head, int... expected) {
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
