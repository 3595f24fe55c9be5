package fr.ptce.workbench.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.ui.common.UiPreferences;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Réglages in a shared workspace: only the values changed in the dialog are saved, each over the version the
 * dialog read; a value someone else changed meanwhile is refused and opens the conflict, the others are saved;
 * keep mine saves it over theirs.
 */
class SharedSettingsSaveTest {

    private final Preferences node =
            Preferences.userRoot().node("fr/ptce/workbench/test-shared-settings-" + System.nanoTime());
    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final WorkspaceState state = new WorkspaceState();
    private final Workspace workspace =
            Workspace.inMemory(Clock.fixed(Instant.parse("2022-01-10T09:42:00Z"), ZoneId.of("UTC")));
    private final SettingsViewModel settings =
            new SettingsViewModel(runner, state, new UiPreferences(node), Messages.load(Locale.FRENCH));

    @BeforeEach
    void open() {
        state.replace(workspace);
        workspace.workspaceUser().set(new Reviewer("Lucas Martin", "lucas@example.org", ReviewerRole.PESSII, null));
        settings.load();
    }

    @AfterEach
    void close() throws Exception {
        workspace.close();
        node.removeNode();
    }

    @Test
    void aValueChangedMeanwhileIsRefusedTheOthersSavedAndKeepMineSavesIt() {
        // Ghislaine changes the threshold and S3's limit after the dialog read them
        workspace.workspaceUser().set(new Reviewer("Ghislaine Morel", "gm@example.org", ReviewerRole.PESSII, null));
        workspace.settings().setDisagreementThreshold(new BigDecimal("3"), 0);
        workspace.settings().setLengthLimit(Section.S3, 7000, 0);

        settings.thresholdProperty().set("1,5");
        settings.limitProperty(Section.S1).set("2500");
        assertTrue(settings.save());

        ConcurrentChangeException open = settings.conflict().openProperty().get();
        assertNotNull(open);
        assertTrue(
                open.getMessage().startsWith("Ghislaine Morel a modifié ce réglage à 10:42 (seuil de désaccord)"),
                open.getMessage());
        assertEquals("1.5", open.mine());
        assertEquals("3", open.theirs());
        assertEquals(0, new BigDecimal("3").compareTo(workspace.settings().disagreementThreshold()), "theirs kept");
        assertEquals(2500, workspace.settings().lengthLimits().limit(Section.S1), "my other change saved");
        assertEquals(
                7000,
                workspace.settings().lengthLimits().limit(Section.S3),
                "a value I did not touch is not written back over theirs");

        settings.conflict().keepMine();

        assertNull(settings.conflict().openProperty().get());
        assertEquals(0, new BigDecimal("1.5").compareTo(workspace.settings().disagreementThreshold()));
    }

    @Test
    void aCampaignSavedMeanwhileIsRefusedWithBothTextsAndKeepMineSavesIt() {
        String text = workspace.campaign().text();
        workspace.workspaceUser().set(new Reviewer("Ghislaine Morel", "gm@example.org", ReviewerRole.PESSII, null));
        workspace.campaign().save(text.replace("15 à 20", "16 à 18"));

        settings.campaignProperty().set(text.replace("15 à 20", "12 à 14"));
        assertTrue(settings.save());

        ConcurrentChangeException open = settings.conflict().openProperty().get();
        assertNotNull(open, "the campaign read by the dialog was saved by someone else since");
        assertTrue(
                open.getMessage().startsWith("Ghislaine Morel a modifié la campagne à 10:42 (campagne)"),
                open.getMessage());
        assertTrue(open.theirs().toString().contains("16 à 18"));
        assertTrue(open.mine().toString().contains("12 à 14"));
        assertTrue(workspace.campaign().text().contains("16 à 18"), "theirs kept");

        settings.conflict().keepMine();

        assertNull(settings.conflict().openProperty().get());
        assertTrue(workspace.campaign().text().contains("12 à 14"), "mine saved over theirs");
    }
}
