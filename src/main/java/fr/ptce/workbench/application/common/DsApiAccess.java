package fr.ptce.workbench.application.common;

import java.net.URI;
import java.util.Objects;

/**
 * How to reach DS's API for one command: the endpoint and the token. The token lives in memory for the command's
 * run only: never stored in the workspace, never written in a message ({@link #toString()} hides it).
 */
public record DsApiAccess(URI endpoint, String token) {

    public DsApiAccess {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(token, "token");
        if (token.isBlank()) {
            throw new InvalidInputException("Le jeton d'API de démarches-simplifiées est vide.");
        }
        String scheme = endpoint.getScheme() == null ? "" : endpoint.getScheme();
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new InvalidInputException("Adresse de l'API invalide («\u00a0" + endpoint
                    + "\u00a0»)\u00a0: une adresse https://… est" + " attendue.");
        }
    }

    @Override
    public String toString() {
        return "DsApiAccess[" + endpoint + ", jeton masqué]";
    }
}
