package fr.ptce.workbench.domain.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import fr.ptce.workbench.domain.stats.Calibration.ReviewerTotal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void aGenerousReviewerScoresAboveTheOthersOnTheSameDossiers() {
        List<ReviewerCalibration> c = Calibration.of(List.of(
                new ReviewerTotal("Anne", "1", 80),
                new ReviewerTotal("Bruno", "1", 60),
                new ReviewerTotal("Chloé", "1", 70),
                new ReviewerTotal("Anne", "2", 50),
                new ReviewerTotal("Bruno", "2", 40),
                new ReviewerTotal("Anne", "3", 90)));
        ReviewerCalibration anne = c.get(0);
        assertEquals("Anne", anne.reviewer());
        assertEquals(3, anne.dossiers());
        assertEquals(220.0 / 3, anne.meanTotal(), 1e-9);
        assertEquals(2, anne.shared());
        // dossier 1: 80 - 65 = 15; dossier 2: 50 - 40 = 10
        assertEquals(12.5, anne.meanGap(), 1e-9);
        assertEquals(2.5, anne.gapSpread(), 1e-9);
        ReviewerCalibration bruno = c.get(1);
        // dossier 1: 60 - 75 = -15; dossier 2: 40 - 50 = -10
        assertEquals(-12.5, bruno.meanGap(), 1e-9);
        assertEquals(1, c.get(2).shared());
    }

    @Test
    void aReviewerAloneOnTheirDossiersHasNoGap() {
        ReviewerCalibration alone =
                Calibration.of(List.of(new ReviewerTotal("Anne", "1", 80))).get(0);
        assertEquals(0, alone.shared());
        assertNull(alone.meanGap());
        assertNull(alone.gapSpread());
        assertEquals(0.0, alone.spread(), 1e-9);
    }
}
