package fr.ptce.workbench.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The password of a PostgreSQL login from the libpq password file ({@code ~/.pgpass}, or the file named by
 * {@code PGPASSFILE}), read by libpq's rules: one {@code host:port:database:login:password} line per entry, {@code *}
 * matching anything in the first four fields, {@code \:} and {@code \\} escaping, {@code #} lines ignored, the first
 * matching line wins; on a system with POSIX permissions a file that the group or others may read is ignored, as
 * libpq does. The workbench only reads it, never writes a password anywhere.
 */
public final class PgPass {

    private PgPass() {}

    /** The password file libpq would read, given the environment and the home folder. */
    public static Path location(Map<String, String> environment, Path home) {
        String named = environment.get("PGPASSFILE");
        return named != null && !named.isBlank() ? Path.of(named) : home.resolve(".pgpass");
    }

    /** The password of the first line matching this address and login, when the file exists and may be used. */
    public static Optional<char[]> find(Path file, PostgresAddress address, String login) {
        if (!Files.isRegularFile(file) || tooOpen(file)) {
            return Optional.empty();
        }
        try {
            return find(Files.readAllLines(file, StandardCharsets.UTF_8), address, login);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The password of the first of these lines that matches. */
    static Optional<char[]> find(List<String> lines, PostgresAddress address, String login) {
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = fields(line);
            if (fields.size() < 5) {
                continue;
            }
            if (matches(fields.get(0), address.host())
                    && matches(fields.get(1), String.valueOf(address.port()))
                    && matches(fields.get(2), address.database())
                    && matches(fields.get(3), login)) {
                return Optional.of(fields.get(4).toCharArray());
            }
        }
        return Optional.empty();
    }

    private static boolean matches(String field, String value) {
        return field.equals("*") || field.equals(value);
    }

    /** The fields of one line, split at unescaped colons; the password is the rest of the line, unescaped. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static boolean tooOpen(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            return permissions.stream()
                    .anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }
}
