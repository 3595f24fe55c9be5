package fr.ptce.workbench.persistence.offline;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Record;

/** A row as one canonical line ({@code champ = valeur · …}), the same whichever engine holds it, and digests. */
final class UnitLines {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private UnitLines() {}

    static String line(Record row, Set<Field<?>> skipped) {
        StringBuilder line = new StringBuilder();
        for (Field<?> field : row.fields()) {
            if (skipped.contains(field)) {
                continue;
            }
            Object value = row.get(field);
            line.append(line.isEmpty() ? "" : " · ")
                    .append(field.getName().toLowerCase(Locale.ROOT))
                    .append(" = ")
                    .append(value == null ? "—" : value(value));
        }
        return line.toString();
    }

    /** A value as text: an instant in Paris time to the microsecond, a decimal without trailing zeros. */
    static String value(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.atZoneSameInstant(PARIS).toLocalDateTime().toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value).replace("\r\n", "\n");
    }

    /** The SHA-256 of the lines, in hexadecimal; the digest of an absent unit is that of no line. */
    static String digest(List<String> lines) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
