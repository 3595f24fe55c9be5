package fr.ptce.workbench.ui.workspace;

import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.application.SharedLogin;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields of « Fichier › Ouvrir un espace partagé… »: the server's address ({@code postgresql://…}, TLS
 * parameters such as {@code sslmode=verify-full} accepted, a password refused) and the login, which the address's
 * login fills, else {@code PGUSER}, else the system user. The password is not part of it: typed in the dialog, it
 * goes straight to the opening and is wiped.
 */
public final class SharedWorkspaceForm {

    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty login = new SimpleStringProperty("");
    private final StringBinding problem;

    /** An empty form; the login starts as the one the environment gives. */
    public SharedWorkspaceForm(Map<String, String> environment) {
        problem = Bindings.createStringBinding(this::check, url, login);
        url.addListener(
                (o, old, now) -> parse(now).flatMap(PostgresAddress::login).ifPresent(login::set));
        String user = environment.get(SharedLogin.USER_VARIABLE);
        login.set(user != null && !user.isBlank() ? user : System.getProperty("user.name", ""));
    }

    /** A form filled with this address (a recent workspace, a refused attempt). */
    public SharedWorkspaceForm(Map<String, String> environment, PostgresAddress address) {
        this(environment);
        url.set(address.url());
        address.login().ifPresent(login::set);
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty loginProperty() {
        return login;
    }

    /** Why the form cannot be sent, in French; empty when it can. */
    public StringBinding problemBinding() {
        return problem;
    }

    /** The address to open, with the login; empty while the form is wrong. */
    public Optional<PostgresAddress> address() {
        return check().isEmpty()
                ? parse(url.get()).map(a -> a.withLogin(login.get().strip()))
                : Optional.empty();
    }

    private String check() {
        if (url.get() == null || url.get().isBlank()) {
            return "Adresse requise\u00a0: postgresql://SERVEUR[:PORT]/BASE";
        }
        try {
            PostgresAddress.parse(url.get());
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return login.get() == null || login.get().isBlank() ? "Identifiant requis." : "";
    }

    private static Optional<PostgresAddress> parse(String text) {
        try {
            return Optional.of(PostgresAddress.parse(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
