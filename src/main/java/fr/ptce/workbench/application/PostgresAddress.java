package fr.ptce.workbench.application;

import fr.ptce.workbench.persistence.ServerDatabase;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shared workspace on a PostgreSQL server, as the user writes it:
 * {@code postgresql://[LOGIN@]HOST[:PORT]/DATABASE[?sslmode=…]} (libpq's URI form, {@code postgres://} too). Never
 * holds a password: one written in the address is refused, so that it cannot end in a shell history or a
 * settings file.
 */
public record PostgresAddress(
        String host, int port, String database, Optional<String> login, Map<String, String> parameters) {

    /** PostgreSQL's port when the address names none. */
    public static final int DEFAULT_PORT = 5432;
    /** The connection parameters passed on to the driver (pgjdbc); anything else is refused, naming it. */
    static final Set<String> PARAMETERS =
            Set.of("sslmode", "sslrootcert", "sslcert", "sslkey", "connectTimeout", "applicationName", "options");

    private static final Set<String> SSL_MODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final Pattern URL = Pattern.compile(
            "postgres(?:ql)?://(?:([^@/?]*)@)?(\\[[0-9A-Fa-f:.]+]|[^:/?\\[\\]]+)(?::(\\d{1,5}))?/([^/?]+)(?:\\?(.*))?");

    public PostgresAddress {
        // in the order given: the driver URL is the same from one run to the next
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Whether this text names a PostgreSQL workspace rather than a folder. */
    public static boolean isAddress(String text) {
        String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    /**
     * Reads an address.
     *
     * @throws IllegalArgumentException with a French message naming what is wrong
     */
    public static PostgresAddress parse(String text) {
        Matcher m = URL.matcher(text.strip());
        if (!isAddress(text) || !m.matches()) {
            throw new IllegalArgumentException("Adresse d'espace partagé illisible\u00a0: «\u00a0" + text
                    + "\u00a0». Forme attendue\u00a0: postgresql://SERVEUR[:PORT]/BASE[?sslmode=verify-full]");
        }
        Optional<String> login = Optional.ofNullable(m.group(1)).map(PostgresAddress::decode);
        if (login.isPresent() && login.get().contains(":")) {
            throw new IllegalArgumentException("Pas de mot de passe dans l'adresse d'un espace partagé\u00a0: il"
                    + " resterait dans l'historique. Donnez-le par --password-file, PGPASSWORD, ~/.pgpass ou à la"
                    + " demande.");
        }
        int port = m.group(3) == null ? DEFAULT_PORT : Integer.parseInt(m.group(3));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("Port invalide dans «\u00a0" + text + "\u00a0»\u00a0: " + port);
        }
        String host =
                m.group(2).startsWith("[") ? m.group(2).substring(1, m.group(2).length() - 1) : m.group(2);
        return new PostgresAddress(
                decode(host), port, decode(m.group(4)), login.filter(l -> !l.isEmpty()), parameters(m.group(5), text));
    }

    private static Map<String, String> parameters(String query, String text) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name.equals("password") || name.equals("user")) {
                throw new IllegalArgumentException("Paramètre «\u00a0" + name + "\u00a0» refusé dans l'adresse"
                        + " «\u00a0" + text + "\u00a0»\u00a0: l'identifiant se met avant «\u00a0@\u00a0», le mot"
                        + " de passe ne s'écrit jamais dans l'adresse.");
            }
            if (!PARAMETERS.contains(name)) {
                throw new IllegalArgumentException("Paramètre inconnu «\u00a0" + name + "\u00a0» dans l'adresse"
                        + " «\u00a0" + text + "\u00a0» (acceptés\u00a0: "
                        + String.join(", ", PARAMETERS.stream().sorted().toList()) + ").");
            }
            if (name.equals("sslmode") && !SSL_MODES.contains(value)) {
                throw new IllegalArgumentException("sslmode «\u00a0" + value + "\u00a0» inconnu (acceptés\u00a0: "
                        + String.join(", ", SSL_MODES.stream().sorted().toList()) + ").");
            }
            parameters.put(name, value);
        }
        return parameters;
    }

    private static String decode(String part) {
        return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The JDBC URL of pgjdbc, with the parameters given (e.g. {@code sslmode=verify-full}); no login, no password. */
    public String jdbcUrl() {
        StringBuilder url = new StringBuilder("jdbc:postgresql://")
                .append(host.contains(":") ? "[" + host + "]" : host)
                .append(':')
                .append(port)
                .append('/')
                .append(java.net.URLEncoder.encode(database, StandardCharsets.UTF_8));
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator)
                    .append(parameter.getKey())
                    .append('=')
                    .append(java.net.URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    /** The database as the store connects to it. */
    public ServerDatabase server() {
        return new ServerDatabase(host, port, database, jdbcUrl(), toString());
    }

    /**
     * The address as the user wrote it, with its login and its connection parameters ({@code sslmode=…}): what the
     * recent workspaces keep. Never a password, which an address cannot hold.
     */
    public String url() {
        StringBuilder url = new StringBuilder(toString());
        char separator = '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator)
                    .append(parameter.getKey())
                    .append('=')
                    .append(java.net.URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return url.toString();
    }

    /** The same address with this login. */
    public PostgresAddress withLogin(String name) {
        return new PostgresAddress(
                host, port, database, Optional.ofNullable(name).filter(l -> !l.isBlank()), parameters);
    }

    /** The address as shown to the user (no password is ever part of it). */
    @Override
    public String toString() {
        return "postgresql://" + login.map(l -> l + "@").orElse("") + (host.contains(":") ? "[" + host + "]" : host)
                + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
    }
}
