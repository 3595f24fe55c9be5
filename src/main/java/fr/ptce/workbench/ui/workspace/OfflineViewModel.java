package fr.ptce.workbench.ui.workspace;

import fr.ptce.workbench.application.OfflineLaptops;
import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.application.SharedLogin;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.offline.CheckinChoices;
import fr.ptce.workbench.domain.offline.CheckinConflict;
import fr.ptce.workbench.domain.offline.CheckinReport;
import fr.ptce.workbench.domain.offline.CheckoutOrigin;
import fr.ptce.workbench.domain.offline.Keep;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * « Fichier › Emporter hors ligne… » (on a shared workspace) and « Fichier › Rapporter au serveur… » (on a
 * checked-out one): both away from the screen through the task runner, with its progress; a check-in's conflicts
 * wait in {@link #conflictsProperty()} for the user's choice per dossier, the server's password kept meanwhile
 * (in memory only, wiped at the end).
 */
public final class OfflineViewModel {

    private final TaskRunner runner;
    private final WorkspaceState state;
    private final Messages messages;
    private final BiConsumer<String, String> done;
    private final BiConsumer<Path, char[]> open;
    private final ReadOnlyBooleanWrapper shared = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<CheckoutOrigin> origin = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CheckinReport> conflicts = new ReadOnlyObjectWrapper<>();
    private char[] serverPassword;

    /** A row of a unit's child table, prefixed by the table's name ({@code review_score: …}). */
    private static final java.util.regex.Pattern CHILD_ROW = java.util.regex.Pattern.compile("[a-z0-9_]+: ");

    /**
     * @param done where a finished checkout or check-in says what it did: a title, a text
     * @param open opens a workspace folder with its password in the window (the new checkout)
     */
    public OfflineViewModel(
            TaskRunner runner,
            WorkspaceState state,
            Messages messages,
            BiConsumer<String, String> done,
            BiConsumer<Path, char[]> open) {
        this.runner = runner;
        this.state = state;
        this.messages = messages;
        this.done = done;
        this.open = open;
        state.workspaceProperty().addListener((o, old, now) -> refresh());
        refresh();
    }

    /**
     * Reads again what the open workspace is: shared, or a checkout not yet checked in (one row read: the File menu
     * calls it as it opens).
     */
    public void refresh() {
        Workspace workspace = state.current().orElse(null);
        shared.set(workspace != null && workspace.isShared());
        origin.set(
                workspace == null || workspace.isShared()
                        ? null
                        : OfflineLaptops.origin(workspace)
                                .filter(o -> o.checkedInAt().isEmpty())
                                .orElse(null));
    }

    /** Whether the open workspace is a shared one, which can be taken offline. */
    public ReadOnlyBooleanProperty sharedProperty() {
        return shared.getReadOnlyProperty();
    }

    /** The open workspace's origin while it is a checkout not yet checked in; null otherwise. */
    public ReadOnlyObjectProperty<CheckoutOrigin> originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** A check-in refused for its conflicts, until the user chooses or gives up; null otherwise. */
    public ReadOnlyObjectProperty<CheckinReport> conflictsProperty() {
        return conflicts.getReadOnlyProperty();
    }

    /** Whether a new workspace's password is acceptable: 8 characters at least, typed twice alike. */
    public static boolean acceptable(String password, String again) {
        return password != null && password.length() >= 8 && password.equals(again);
    }

    /** Checks the open shared workspace out into {@code folder}, encrypted with {@code password}, then opens it. */
    public void checkout(Path folder, char[] password) {
        Optional<Workspace> current = state.current().filter(Workspace::isShared);
        if (current.isEmpty()) {
            return;
        }
        Workspace from = current.get();
        char[] kept = password.clone();
        runner.run(
                messages.format("offline.checkout.running", folder.getFileName()),
                progress -> OfflineLaptops.checkout(from, folder, password, progress),
                report -> {
                    done.accept(
                            messages.get("offline.checkout.title"),
                            messages.format(
                                    "offline.checkout.done",
                                    folder.toAbsolutePath(),
                                    report.dossiers(),
                                    report.units(),
                                    report.attachments()));
                    open.accept(folder, kept);
                },
                error -> Arrays.fill(kept, '\0'));
    }

    /** The server's password found where libpq looks ({@code PGPASSWORD}, {@code ~/.pgpass}), if any. */
    public Optional<char[]> storedServerPassword() {
        CheckoutOrigin from = origin.get();
        if (from == null) {
            return Optional.empty();
        }
        return SharedLogin.storedPassword(PostgresAddress.parse(from.address()), from.login());
    }

    /** Checks the open workspace in with the server's password; conflicts wait for {@link #resolve(Map)}. */
    public void checkin(char[] password) {
        forget();
        serverPassword = password;
        send(CheckinChoices.NONE);
    }

    /** Checks in again with a choice for every conflicting dossier. */
    public void resolve(Map<String, Keep> choices) {
        conflicts.set(null);
        send(new CheckinChoices(Optional.empty(), choices));
    }

    /** Gives up the check-in for now: nothing was sent; the password is forgotten. */
    public void later() {
        conflicts.set(null);
        forget();
    }

    private void send(CheckinChoices choices) {
        Optional<Workspace> current = state.current();
        if (current.isEmpty() || serverPassword == null) {
            return;
        }
        Workspace local = current.get();
        char[] password = serverPassword;
        runner.run(
                messages.get("offline.checkin.running"),
                progress -> OfflineLaptops.checkin(local, password.clone(), choices),
                report -> {
                    if (!report.applied()) {
                        conflicts.set(report);
                        return;
                    }
                    forget();
                    origin.set(null);
                    done.accept(
                            messages.get("offline.server.title"),
                            messages.format(
                                    "offline.checkin.done",
                                    report.sent().size(),
                                    report.auditEntries(),
                                    report.keptServer()));
                },
                error -> forget());
    }

    private void forget() {
        if (serverPassword != null) {
            Arrays.fill(serverPassword, '\0');
            serverPassword = null;
        }
    }

    /**
     * What differs between the two versions of a unit, one field a line, each side in its order: a row found alike
     * on both sides is left out, and of the unit's own row (the first, not prefixed by a table) only the fields that
     * differ are kept.
     */
    public static List<String> differences(String mine, String theirs) {
        List<String> left = mine.lines().toList();
        List<String> right = theirs.lines().toList();
        return List.of(side(left, right), side(right, left));
    }

    private static String side(List<String> lines, List<String> other) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (other.contains(line)) {
                continue;
            }
            List<String> fields = List.of(line.split(" · "));
            if (i == 0 && !other.isEmpty() && !CHILD_ROW.matcher(line).lookingAt()) {
                List<String> otherFields = List.of(other.get(0).split(" · "));
                fields = fields.stream().filter(f -> !otherFields.contains(f)).toList();
                fields.forEach(f -> shown.append(f).append('\n'));
            } else {
                shown.append(String.join("\n    ", fields)).append('\n');
            }
        }
        return shown.toString().strip();
    }

    /** The server's version as the dialog shows it: a time to the minute, a row_version as it is. */
    public static String shownVersion(String version) {
        return version.length() > 16 && version.charAt(10) == 'T'
                ? version.substring(0, 16).replace('T', ' ')
                : version;
    }

    /** The conflicts of one dossier, for the dialog. */
    public static List<CheckinConflict> of(CheckinReport report, String dossier) {
        return report.conflicts().stream()
                .filter(c -> c.dossier().equals(dossier))
                .toList();
    }
}
