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
        String host = endpoint.getHost() == null ? "" : endpoint.getHost();
        boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
        // the token must never travel in clear: plain http only to this computer (a test server)
        if (!scheme.equals("https") && !(scheme.equals("http") && local)) {
            throw new InvalidInputException("Adresse de l'API refusée («\u00a0" + endpoint
                    + "\u00a0»)\u00a0: une adresse https://… est attendue (le jeton ne circule jamais en clair).");
        }
    }

    @Override
    public String toString() {
        return "DsApiAccess[" + endpoint + ", jeton masqué]";
    }
}
