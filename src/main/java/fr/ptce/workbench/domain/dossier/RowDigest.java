package fr.ptce.workbench.domain.dossier;

import java.util.BitSet;
import java.util.List;

/**
 * A 128-bit digest of one Dossiers-sheet row as read, before it is mapped: its cells, the columns a spreadsheet
 * program computed, and a context standing for everything else the mapping depends on (the sheet's name and headers,
 * the column mapping, the source encoding, the application's version). Two rows with the same digest map to the same
 * dossier with the same problems, so a re-import can skip the mapping and the fingerprint of a row it has already
 * found unchanged.
 *
 * <p>Not a cryptographic hash: two 64-bit multiply–rotate lanes over the UTF-16 code units, finished with
 * MurmurHash3's mixer. An accidental collision between two versions of one dossier's row has a probability of the
 * order of 2<sup>-128</sup>; a file crafted to collide could at worst make the re-import keep the stored version of
 * its own dossier. Every value is fed with its length, so no two different rows encode alike.
 */
public final class RowDigest {

    private static final long P1 = 0x9E3779B97F4A7C15L;
    private static final long P2 = 0xC2B2AE3D27D4EB4FL;
    private static final long P3 = 0x165667B19E3779F9L;
    private static final long P4 = 0x27D4EB2F165667C5L;

    private long a = 0x243F6A8885A308D3L;
    private long b = 0x13198A2E03707344L;
    private final String context;

    private RowDigest(String context) {
        this.context = context;
    }

    /**
     * A digest for the rows of one sheet read under one context.
     *
     * @param parts what the mapping of every row depends on besides the row itself
     */
    public static RowDigest under(List<?> parts) {
        RowDigest seed = new RowDigest("");
        for (Object part : parts) {
            seed.add(String.valueOf(part));
        }
        return new RowDigest(seed.hex());
    }

    /** The digest of one row: its cells in column order and the columns a spreadsheet program computed. */
    public String of(List<String> values, BitSet computed) {
        RowDigest row = new RowDigest(context);
        row.add(context);
        row.mix(values.size());
        for (String value : values) {
            row.add(value);
        }
        long[] bits = computed.toLongArray();
        row.mix(bits.length);
        for (long word : bits) {
            row.mix(word);
        }
        return row.hex();
    }

    private void add(String value) {
        if (value == null) {
            mix(-1);
            return;
        }
        int length = value.length();
        mix(length);
        int i = 0;
        for (; i + 3 < length; i += 4) {
            mix(((long) value.charAt(i) << 48)
                    | ((long) value.charAt(i + 1) << 32)
                    | ((long) value.charAt(i + 2) << 16)
                    | value.charAt(i + 3));
        }
        for (; i < length; i++) {
            mix(value.charAt(i));
        }
    }

    private void mix(long word) {
        a = Long.rotateLeft(a ^ (word * P1), 31) * P2;
        b = Long.rotateLeft(b + (word * P3), 27) * P4 + a;
    }

    private String hex() {
        long high = fmix(a ^ Long.rotateLeft(b, 17));
        long low = fmix(b + high);
        return String.format("%016x%016x", high, low);
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB93FE1A85355L;
        k ^= k >>> 33;
        return k;
    }
}
