package fr.ptce.workbench.domain.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The INSEE nomenclature of legal categories (catégories juridiques), level III: every four-digit code with its
 * official label, in the version DS exports of 2021 carry. Shipped under {@code ref/}, source in its SOURCES.md.
 */
public final class InseeLegalCategories {

    private static final String FILE = "ref/categories-juridiques-insee.csv";

    private final Map<String, String> labels;

    private InseeLegalCategories(Map<String, String> labels) {
        this.labels = Collections.unmodifiableMap(labels);
    }

    /** The nomenclature shipped with the application, read once. */
    public static InseeLegalCategories shipped() {
        return Shipped.INSTANCE;
    }

    /** The official label of a code, if the nomenclature has it. */
    public Optional<String> label(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(labels.get(code.strip()));
    }

    /** Every code with its label, in code order. */
    public Map<String, String> all() {
        return labels;
    }

    private static final class Shipped {
        static final InseeLegalCategories INSTANCE = new InseeLegalCategories(read());
    }

    private static Map<String, String> read() {
        Map<String, String> labels = new LinkedHashMap<>();
        try (InputStream in = InseeLegalCategories.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("reference data missing from the application: " + FILE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    List<String> fields = fields(line);
                    labels.put(fields.get(0), fields.get(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }

    /** The two fields of a line: a label holding a comma is quoted, a quote in it doubled. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>(2);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        if (fields.size() != 2) {
            throw new IllegalStateException("malformed line in " + FILE + ": " + line);
        }
        return fields;
    }
}
