package fr.ptce.workbench.domain.letters;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One letter to prepare: the dossier, its file name, who it goes to, the e-mail's subject, the value of each field
 * of its kind, and what PESSII records back in DS.
 *
 * @param fileName the .docx file's name: dossier number, project slug and kind, safe on every file system
 * @param accepted the DS state to record: true for « accepté », false for « refusé »
 */
public record Letter(
        String dossierNumber,
        LetterKind kind,
        String fileName,
        Recipient recipient,
        String subject,
        Map<LetterField, String> values,
        boolean accepted) {

    public Letter {
        Objects.requireNonNull(dossierNumber, "dossierNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        values = Collections.unmodifiableMap(new EnumMap<>(values));
    }

    /** The values by field name, as a template writes them (without braces). */
    public Map<String, String> valuesByKey() {
        Map<String, String> byKey = new java.util.LinkedHashMap<>();
        values.forEach((field, value) -> byKey.put(field.key(), value));
        return byKey;
    }

    /** The DS state to record: « accepté » or « refusé ». */
    public String dsState() {
        return accepted ? "accepté" : "refusé";
    }

    public String value(LetterField field) {
        return values.getOrDefault(field, "");
    }
}
