package fr.ptce.workbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.application.team.SharedWork.SharedChange;
import fr.ptce.workbench.application.team.TeamDatabase;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The window's model kept up to date on the embedded PostgreSQL server: an avis saved by a second connection (the
 * correspondent's own login) reaches the open window's model within seconds, which reads the list and the shown
 * dossier's sheet again and says who changed what in the status bar; the wording in both languages.
 */
class LiveRefreshTest {

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final WorkspaceState state = new WorkspaceState();
    private final MainViewModel main = new MainViewModel(runner, Messages.load(Locale.FRENCH), state);
    private TeamDatabase team;
    private Workspace admin;
    private String ghislaine;
    private List<DossierSummary> all;

    @BeforeEach
    void teamWorkspace() throws Exception {
        team = TeamDatabase.withSample();
        admin = team.admin();
        all = team.dossiers();
        ghislaine = team.addCorrespondent("ghislaine", "Ghislaine Morel");
    }

    @AfterEach
    void close() {
        // the window's workspace closed: its listener with it
        state.replace(null).ifPresent(Workspace::close);
    }

    @Test
    void anAvisSavedByAnotherLoginIsShownWithinSecondsWithWhoChangedIt() throws Exception {
        main.useWorkspace(admin);
        String number = all.get(0).number();
        main.selectedProperty().set(all.get(0));
        int listings = main.listingsProperty().get();
        String expected = "Ghislaine Morel a modifié l'avis du dossier " + number;

        // the listener connects in the background: save until it is heard (the first save may come before it)
        try (Workspace hers = team.open(ghislaine)) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            int n = 0;
            while (!expected.equals(status()) && System.nanoTime() < end) {
                hers.saveAvis()
                        .save(new AvisDraft(
                                number, Recommendation.FAVORABLE, false, "Motivation " + n++, null, null, null, null));
                for (int i = 0; i < 40 && !expected.equals(status()); i++) {
                    Thread.sleep(50);
                }
            }
        }
        assertEquals(expected, status());
        assertTrue(main.listingsProperty().get() > listings, "the list read again");
        synchronized (runner) {
            String shown = main.scoring().avis().motivation().text();
            assertTrue(shown.startsWith("Motivation "), "the shown dossier's avis read again, hers: " + shown);
        }
    }

    private String status() {
        synchronized (runner) {
            return main.statusBinding().get();
        }
    }

    @Test
    void theChangesAreWordedInBothLanguages() {
        SharedChange decision = new SharedChange("national_decision", "4242", "lucas", "Lucas Martin");
        assertEquals(
                "Lucas Martin a modifié la décision sur le dossier 4242",
                LiveRefresh.describe(Messages.load(Locale.FRENCH), decision));
        assertEquals(
                "Lucas Martin changed the decision on dossier 4242",
                LiveRefresh.describe(Messages.load(Locale.ENGLISH), decision));
        assertEquals(
                "Lucas Martin a modifié un réglage de l'espace",
                LiveRefresh.describe(
                        Messages.load(Locale.FRENCH),
                        new SharedChange("workspace_setting", "disagreement.threshold", "lucas", "Lucas Martin")));
        assertEquals(
                "Lucas Martin changed the regions' avis (import)",
                LiveRefresh.describe(
                        Messages.load(Locale.ENGLISH), new SharedChange("national_file", "", "lucas", "Lucas Martin")));
        assertEquals(
                "Lucas Martin a modifié l'espace partagé",
                LiveRefresh.describe(
                        Messages.load(Locale.FRENCH), new SharedChange("other_table", "", "lucas", "Lucas Martin")));
    }
}
