package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.dossier.Section;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSettingsTest {

    @TempDir
    Path folder;

    @Test
    void settingsAreKeptInTheWorkspaceAndLimitsApplyAtTheNextOpening() {
        try (Workspace workspace = Workspace.open(folder)) {
            WorkspaceSettings settings = workspace.settings();
            assertEquals(WorkspaceSettings.DEFAULT_DISAGREEMENT_THRESHOLD, settings.disagreementThreshold());
            assertEquals(6000, settings.lengthLimits().limit(Section.S3));
            settings.setDisagreementThreshold(new BigDecimal("1.50"));
            settings.setLengthLimit(Section.S3, 4500);
            settings.saveFilter("Bretagne à noter", "region=Bretagne&scored=false");
        }
        try (Workspace workspace = Workspace.open(folder)) {
            WorkspaceSettings settings = workspace.settings();
            assertEquals(new BigDecimal("1.5"), settings.disagreementThreshold());
            assertEquals(4500, settings.lengthLimits().limit(Section.S3));
            assertEquals(3000, settings.lengthLimits().limit(Section.S1));
            assertEquals(Map.of("Bretagne à noter", "region=Bretagne&scored=false"), settings.savedFilters());
            settings.setLengthLimit(Section.S3, Section.S3.defaultLimit());
            settings.deleteFilter("Bretagne à noter");
            assertEquals(6000, settings.lengthLimits().limit(Section.S3));
            assertTrue(settings.savedFilters().isEmpty());
        }
    }

    @Test
    void aThresholdOrLimitThatIsNotPositiveIsRefusedInFrench() {
        try (Workspace workspace = Workspace.open(folder)) {
            WorkspaceSettings settings = workspace.settings();
            InvalidInputException e =
                    assertThrows(InvalidInputException.class, () -> settings.setDisagreementThreshold(BigDecimal.ZERO));
            assertTrue(e.getMessage().contains("seuil de désaccord"), e.getMessage());
            assertThrows(InvalidInputException.class, () -> settings.setLengthLimit(Section.S1, 0));
            assertThrows(InvalidInputException.class, () -> settings.saveFilter(" ", "scored=true"));
            assertEquals(WorkspaceSettings.DEFAULT_DISAGREEMENT_THRESHOLD, settings.disagreementThreshold());
        }
    }
}
