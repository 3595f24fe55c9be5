package fr.ptce.workbench.domain.offline;

import java.util.Locale;

/** Which version of a conflicting dossier a check-in keeps: the laptop's or the server's. */
public enum Keep {
    LOCAL,
    SERVER;

    /** {@code local} or {@code server}, as typed on the command line. */
    public static Keep parse(String word) {
        return switch (word.strip().toLowerCase(Locale.ROOT)) {
            case "local", "locale", "mine" -> LOCAL;
            case "server", "serveur", "theirs" -> SERVER;
            default ->
                throw new IllegalArgumentException("Choix «\u00a0" + word + "\u00a0» inconnu\u00a0: local ou server.");
        };
    }
}
