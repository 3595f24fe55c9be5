package fr.ptce.workbench.ui;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.team.SharedWork.SharedChange;
import fr.ptce.workbench.application.team.SharedWork.Subscription;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.TaskRunner;
import java.util.List;
import java.util.Objects;

/**
 * The open window kept up to date with what other people change in a shared workspace: for each change heard
 * (PostgreSQL LISTEN, see {@code SharedWork.listen}), within seconds, the dossier list is read again (keeping the
 * selection), the shown dossier's sheet if the change is about it (what is being typed is saved first, through the
 * version check), the national view and the dashboard if shown; the status bar says who changed what (« Ghislaine
 * Morel a modifié l'avis du dossier 12345 »). One subscription per open workspace, closed with it; none on H2.
 */
final class LiveRefresh {

    /** The tables the triggers announce, each worded in the bundles ({@code live.what.<table>}). */
    private static final List<String> TABLES = List.of(
            "region_avis",
            "review",
            "national_decision",
            "workspace_setting",
            "grid",
            "dossier",
            "national_file",
            "national_conflict");

    private final MainViewModel main;
    private final TaskRunner runner;
    private final Messages messages;
    private Subscription subscription;

    private LiveRefresh(MainViewModel main, TaskRunner runner, Messages messages) {
        this.main = main;
        this.runner = runner;
        this.messages = messages;
    }

    /** Follows the main view model's workspace: listens to each shared one while it is open. */
    static void install(MainViewModel main, TaskRunner runner, Messages messages) {
        LiveRefresh live = new LiveRefresh(main, runner, messages);
        main.workspaceState().workspaceProperty().addListener((o, old, now) -> live.follow(now));
    }

    private void follow(Workspace workspace) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (workspace != null && workspace.isShared()) {
            subscription = workspace
                    .shared()
                    .listen(change -> runner.later(() -> {
                        if (main.workspaceState().current().orElse(null) == workspace) {
                            shown(change);
                        }
                    }));
        }
    }

    private void shown(SharedChange change) {
        main.refresh(describe(messages, change));
        String selected = main.selectedProperty().get() == null
                ? null
                : main.selectedProperty().get().number();
        boolean aboutShown = selected != null && Objects.equals(selected, change.dossier());
        switch (change.table()) {
            case "region_avis", "review" -> {
                if (aboutShown) {
                    main.scoring().reload();
                }
            }
            case "national_decision", "national_file", "national_conflict" ->
                main.national().liveRefresh();
            case "dossier" -> {
                main.reader().reload();
                main.scoring().reload();
            }
            default -> {}
        }
        if (main.dashboard().shownProperty().get()) {
            main.dashboard().refresh();
        }
    }

    /** « Ghislaine Morel a modifié l'avis du dossier 12345 », in the window's language. */
    static String describe(Messages messages, SharedChange change) {
        String what = TABLES.contains(change.table())
                ? messages.format("live.what." + change.table(), change.dossier())
                : messages.get("live.what.other");
        return messages.format("live.changed", change.name(), what);
    }
}
