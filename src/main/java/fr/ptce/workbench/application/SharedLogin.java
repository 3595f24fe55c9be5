package fr.ptce.workbench.application;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The login and password of a shared workspace, found where PostgreSQL's own tools (libpq) look, for the window as
 * for the command line: the login in the address, else {@value #USER_VARIABLE}, else the system user; the password
 * typed, else {@value #PASSWORD_VARIABLE}, else {@code ~/.pgpass} ({@code PGPASSFILE}). The workbench never stores
 * it.
 */
public final class SharedLogin {

    /** libpq's variable naming the login. */
    public static final String USER_VARIABLE = "PGUSER";
    /** libpq's variable holding the password. */
    public static final String PASSWORD_VARIABLE = "PGPASSWORD";

    private SharedLogin() {}

    /** The login to connect with: the address's, else {@code PGUSER}, else the system user. */
    public static String login(PostgresAddress address, Map<String, String> environment) {
        if (address.login().isPresent()) {
            return address.login().get();
        }
        String variable = environment.get(USER_VARIABLE);
        return variable != null && !variable.isBlank() ? variable : System.getProperty("user.name");
    }

    /** The password when none was typed: {@code PGPASSWORD}, else the pgpass file's line for this address. */
    public static Optional<char[]> storedPassword(
            PostgresAddress address, String login, Map<String, String> environment, Path home) {
        String variable = environment.get(PASSWORD_VARIABLE);
        if (variable != null && !variable.isEmpty()) {
            return Optional.of(variable.toCharArray());
        }
        return PgPass.find(PgPass.location(environment, home), address, login);
    }

    /** The password of this computer's user's environment and pgpass file, when none was typed. */
    public static Optional<char[]> storedPassword(PostgresAddress address, String login) {
        return storedPassword(address, login, System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
