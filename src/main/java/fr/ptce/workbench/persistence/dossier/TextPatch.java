package fr.ptce.workbench.persistence.dossier;

/**
 * A small edit script that rebuilds a text from another one it nearly equals: a raw DS cell from the section text
 * the workbench decoded from it ({@code R&amp;D} against {@code R&D}, CRLF against LF). Greedy and bounded: it
 * gives up (null) on texts that differ by more than a few scattered edits, and the result is always checked by
 * applying it, so a script that is returned rebuilds the text exactly.
 *
 * <p>Script: a sequence of {@code c<n>;} (copy n characters of the base), {@code s<n>;} (skip n characters of
 * the base) and {@code i<n>:<n characters>} (insert those characters).
 */
final class TextPatch {

    /** Characters looked ahead on either side to find where two texts agree again. */
    private static final int REACH = 16;
    /** Characters that must agree again after an edit (fewer at the end of a text). */
    private static final int AGREE = 8;

    private TextPatch() {}

    /**
     * The script rebuilding {@code target} from {@code base}, or null when the two texts differ too much for a script
     * to be shorter than half the target.
     */
    static String diff(String base, String target) {
        StringBuilder script = new StringBuilder();
        int limit = target.length() / 2 + 16;
        int i = 0;
        int j = 0;
        int copy = 0;
        while (i < target.length() && j < base.length()) {
            if (target.charAt(i) == base.charAt(j)) {
                copy++;
                i++;
                j++;
                continue;
            }
            copy = flushCopy(script, copy);
            long step = resync(base, j, target, i);
            if (step < 0) {
                return null;
            }
            int a = (int) (step >>> 32);
            int b = (int) step;
            if (b > 0) {
                script.append('s').append(b).append(';');
            }
            if (a > 0) {
                insert(script, target, i, i + a);
            }
            i += a;
            j += b;
            if (script.length() > limit) {
                return null;
            }
        }
        flushCopy(script, copy);
        if (j < base.length()) {
            script.append('s').append(base.length() - j).append(';');
        }
        if (i < target.length()) {
            insert(script, target, i, target.length());
        }
        String result = script.toString();
        return result.length() <= limit && target.equals(apply(base, result)) ? result : null;
    }

    /** The text the script rebuilds from the base. */
    static String apply(String base, String script) {
        StringBuilder out = new StringBuilder(base.length() + 64);
        int j = 0;
        int p = 0;
        while (p < script.length()) {
            char op = script.charAt(p++);
            int end = script.indexOf(op == 'i' ? ':' : ';', p);
            int n = Integer.parseInt(script, p, end, 10);
            p = end + 1;
            switch (op) {
                case 'c' -> {
                    out.append(base, j, j + n);
                    j += n;
                }
                case 's' -> j += n;
                case 'i' -> {
                    out.append(script, p, p + n);
                    p += n;
                }
                default -> throw new IllegalArgumentException("Unknown text patch operation " + op);
            }
        }
        return out.toString();
    }

    private static int flushCopy(StringBuilder script, int copy) {
        if (copy > 0) {
            script.append('c').append(copy).append(';');
        }
        return 0;
    }

    private static void insert(StringBuilder script, String target, int from, int to) {
        script.append('i').append(to - from).append(':').append(target, from, to);
    }

    /**
     * The smallest step (a target characters inserted, b base characters skipped, a + b smallest) after which both
     * texts agree again, as {@code a << 32 | b}; -1 when none within reach.
     */
    private static long resync(String base, int j, String target, int i) {
        for (int sum = 1; sum <= 2 * REACH; sum++) {
            for (int a = Math.max(0, sum - REACH); a <= Math.min(sum, REACH); a++) {
                int b = sum - a;
                int ti = i + a;
                int bj = j + b;
                if (ti > target.length() || bj > base.length()) {
                    continue;
                }
                int agree = Math.min(AGREE, Math.min(target.length() - ti, base.length() - bj));
                boolean bothEnd = ti == target.length() && bj == base.length();
                if (bothEnd
                        || agree > 0
                                && target.regionMatches(ti, base, bj, agree)
                                && (agree == AGREE || target.length() - ti == base.length() - bj)) {
                    return (long) a << 32 | b;
                }
            }
        }
        return -1;
    }
}
