package fr.ptce.workbench.online.ds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The GraphQL documents the workbench sends to DS's API v2, kept as files beside this class
 * ({@code fr/ptce/workbench/online/ds/*.graphql}) and checked against DS's published schema by a test.
 */
public enum DsQuery {
    /** One page of a procedure's dossiers, with the fields the import maps to the export's columns. */
    DOSSIERS("dossiers"),
    /** One dossier's global id, state and private annotations, before a push. */
    DOSSIER("dossier"),
    /** The instructors of a procedure, to find the id of the one who signs. */
    INSTRUCTEURS("instructeurs"),
    /** Accepts a dossier with a motivation. */
    ACCEPTER("dossierAccepter"),
    /** Refuses a dossier with a motivation. */
    REFUSER("dossierRefuser"),
    /** Writes a private text annotation. */
    ANNOTER("dossierModifierAnnotationText");

    private final String fileName;
    private String text;

    DsQuery(String name) {
        this.fileName = name + ".graphql";
    }

    /** The file's name, e.g. {@code dossiers.graphql}. */
    public String fileName() {
        return fileName;
    }

    /** The document, read once from the class path. */
    public synchronized String text() {
        if (text == null) {
            try (InputStream in = DsQuery.class.getResourceAsStream(fileName)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + fileName);
                }
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text;
    }
}
