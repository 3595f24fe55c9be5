package fr.ptce.workbench.domain.dossier;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The SHA-256 of what a dossier's row in a DS export brings, leaving out what later sheets complete (the SIRET and
 * the INSEE legal category of the establishment, the communes and whether they are known): two dossiers with the
 * same fingerprint hold the same row content, so a re-import can tell an unchanged dossier without loading its
 * texts. The encoding is unambiguous: every value is written with its length, every record component in
 * declaration order.
 */
public final class DossierFingerprint {

    private DossierFingerprint() {}

    /** The fingerprint as 64 lower-case hex digits. */
    public static String of(Dossier dossier) {
        Territory territory = dossier.territory() == null
                ? null
                : new Territory(
                        dossier.territory().declaredQpv(), dossier.territory().declaredZrr(), List.of(), false);
        Dossier rowContent = dossier.withTerritory(territory);
        MessageDigest digest = sha256();
        StringBuilder buffer = new StringBuilder(8192);
        encode(rowContent, buffer);
        digest.update(buffer.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void encode(Object value, StringBuilder out) {
        if (value instanceof CarrierStructure structure) {
            // without what the Etablissements sheet completes, and with the five components fingerprints had before
            // the legal category came: a store's fingerprints stay valid
            encode(
                    new RowStructure(
                            structure.name(),
                            structure.address(),
                            structure.legalForm(),
                            null,
                            structure.raisonSociale()),
                    out);
        } else if (value == null) {
            out.append('~');
        } else if (value instanceof Record record) {
            out.append('{');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                encode(component(record, component), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[').append(list.size()).append(':');
            list.forEach(item -> encode(item, out));
        } else if (value instanceof Map<?, ?> map) {
            out.append('<').append(map.size()).append(':');
            map.forEach((key, item) -> {
                encode(key, out);
                encode(item, out);
            });
        } else {
            String text = value.toString();
            out.append('"').append(text.length()).append(':').append(text);
        }
    }

    /** The carrier structure as the fingerprint encodes it. */
    private record RowStructure(String name, String address, String legalForm, String siret, String raisonSociale) {}

    private static Object component(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Unreadable component " + component.getName(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
