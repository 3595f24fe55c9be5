package fr.ptce.workbench.cli.common;

import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.application.SharedLogin;
import java.io.Console;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * The login and password of a shared workspace, looked for where PostgreSQL's own tools (libpq) look: the login
 * in the address ({@code postgresql://LOGIN@…}), else {@value #USER_VARIABLE}, else the system user; the password
 * from {@code --password-file}, else {@value #PASSWORD_VARIABLE}, else {@code ~/.pgpass} ({@code PGPASSFILE}), else
 * a prompt that does not echo. The workbench never stores it.
 */
final class ServerLogins {

    static final String USER_VARIABLE = SharedLogin.USER_VARIABLE;
    static final String PASSWORD_VARIABLE = SharedLogin.PASSWORD_VARIABLE;

    private ServerLogins() {}

    /** The login to connect with. */
    static String login(PostgresAddress address, Map<String, String> environment) {
        return SharedLogin.login(address, environment);
    }

    /** The password, or null when none is found and no terminal can ask (the server then says what it wants). */
    static char[] password(CommandLine.Model.CommandSpec spec, PostgresAddress address, String login) {
        return password(
                Passwords.passwordFile(spec),
                address,
                login,
                System.getenv(),
                Path.of(System.getProperty("user.home")),
                System.console());
    }

    /** The password from {@code file} (null: none given), the environment, the pgpass file or the console. */
    static char[] password(
            Path file,
            PostgresAddress address,
            String login,
            Map<String, String> environment,
            Path home,
            Console console) {
        if (file != null) {
            return Passwords.fromFile(file);
        }
        char[] stored =
                SharedLogin.storedPassword(address, login, environment, home).orElse(null);
        if (stored != null || console == null) {
            return stored;
        }
        return console.readPassword("Mot de passe de «\u00a0%s\u00a0» sur «\u00a0%s\u00a0»\u00a0: ", login, address);
    }
}
