package fr.ptce.workbench.ui;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.ListFilter;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.common.ListSession;
import fr.ptce.workbench.ui.common.UiPreferences;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Brings back what the window showed of a workspace at its last use — the selected dossier, the tab beside the
 * reader, the list's filters, the search text and the sort — and remembers them as they change
 * ({@link UiPreferences#session(Path)}, per workspace folder). Once a workspace's dossiers are listed, the remembered
 * dossier is selected, or the first one of the list when none is remembered or it is gone.
 */
public final class ResumeViewModel {

    private final MainViewModel main;
    private final UiPreferences preferences;
    private final StringProperty tab = new SimpleStringProperty("");
    private final StringProperty sort = new SimpleStringProperty("");
    /** The open workspace's folder, whose session is kept; null for an in-memory one. */
    private Path folder;

    private String pendingDossier;
    private Consumer<String> resumeTab = t -> {};
    /** False while a workspace's session is being restored, so that restoring does not overwrite it. */
    private boolean remembering;
    /** Whether the workspace held no dossier at the last listing. */
    private boolean emptyBefore;

    public ResumeViewModel(MainViewModel main, UiPreferences preferences) {
        this.main = main;
        this.preferences = preferences;
        main.workspaceState().workspaceProperty().addListener((o, old, now) -> restore(now));
        main.listingsProperty().addListener((o, before, now) -> listed());
        main.selectedProperty().addListener((o, old, now) -> remember());
        main.filterTextProperty().addListener((o, old, now) -> remember());
        main.listFilter().filterProperty().addListener((o, old, now) -> remember());
        tab.addListener((o, old, now) -> remember());
        sort.addListener((o, old, now) -> remember());
        restore(main.workspaceState().current().orElse(null));
    }

    /**
     * The screen shown: empty for the list beside the reader, else the id of the tab beside the reader on the scoring
     * screen (Grille, Éligibilité…); the view keeps it up to date.
     */
    public StringProperty tabProperty() {
        return tab;
    }

    /** What shows the scoring screen on the remembered tab, once the remembered dossier is selected again. */
    public void onResumeTab(Consumer<String> action) {
        resumeTab = action;
    }

    /** The list's sort as column ids with {@code :A} or {@code :D}, comma-separated; the view binds it. */
    public StringProperty sortProperty() {
        return sort;
    }

    private void restore(Workspace workspace) {
        remembering = false;
        folder = workspace == null ? null : workspace.folder().orElse(null);
        ListSession session = folder == null ? ListSession.EMPTY : preferences.session(folder);
        pendingDossier = session.dossier();
        if (workspace == null) {
            return;
        }
        if (!session.filter().isEmpty()) {
            try {
                main.listFilter().filterProperty().set(ListFilter.decode(session.filter()));
            } catch (RuntimeException e) {
                // a filter from another version of the workbench: every dossier rather than none
                main.listFilter().filterProperty().set(ListFilter.NONE);
            }
        }
        main.filterTextProperty().set(session.search());
        sort.set(session.sort());
        tab.set(session.tab());
    }

    /**
     * After the first listing of a workspace, selects the remembered dossier, or the first of the list, and from
     * then on remembers the changes; after a later listing (an import into an empty workspace), selects the first
     * dossier when none is selected yet.
     */
    private void listed() {
        if (main.workspaceState().current().isEmpty()) {
            return;
        }
        boolean first = !remembering;
        if (main.selectedProperty().get() == null && (first || emptyBefore)) {
            List<DossierSummary> shown = main.sortedDossiers();
            Optional<DossierSummary> remembered = main.dossiers().stream()
                    .filter(d -> d.number().equals(pendingDossier))
                    .findFirst();
            main.selectedProperty().set(remembered.orElse(shown.isEmpty() ? null : shown.get(0)));
        }
        pendingDossier = null;
        emptyBefore = main.dossiers().isEmpty();
        String screen = tab.get();
        remembering = true;
        if (first && !screen.isEmpty() && main.selectedProperty().get() != null) {
            resumeTab.accept(screen);
        }
        remember();
    }

    private void remember() {
        if (!remembering || folder == null) {
            return;
        }
        DossierSummary selected = main.selectedProperty().get();
        preferences.rememberSession(
                folder,
                new ListSession(
                        selected == null ? "" : selected.number(),
                        tab.get(),
                        main.listFilter().filterProperty().get().encode(),
                        main.filterTextProperty().get(),
                        sort.get()));
    }
}
