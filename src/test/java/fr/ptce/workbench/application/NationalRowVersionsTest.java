package fr.ptce.workbench.application;

import static fr.ptce.workbench.application.TwoWorkbenches.PAUL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.application.common.ConcurrentChangeException.Subject;
import fr.ptce.workbench.application.national.NationalView;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.national.NationalDecision;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The cabinet's confirmation, the tie-break order and the campaign under the same version check as the other
 * shared rows (VersionedRow): two workbenches, the second save from what it read before the first one's refused with
 * « Claire Dumont a modifié … à 10:00 » and both versions, nothing of it written, the first kept.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class NationalRowVersionsTest {

    private final StoreEngine engine;
    private TwoWorkbenches workbenches;
    private Workspace first;
    private Workspace second;

    @TempDir
    Path folder;

    NationalRowVersionsTest(StoreEngine engine) {
        this.engine = engine;
    }

    @BeforeEach
    void twoWorkbenches() {
        workbenches = TwoWorkbenches.ofPessii(engine);
        first = workbenches.first();
        second = workbenches.second();
    }

    @AfterEach
    void close() {
        workbenches.close();
    }

    @Test
    void aConfirmationFromBeforeAnotherProposalIsRefusedWholeAndThenPassesFromTheNewVersions() {
        first.consolidateAvis().importFiles(List.of(RegionWorkbooks.write(folder, 0, 3, new Random(7))), Progress.NONE);
        List<String> numbers = first.nationalDecisions().view().ranking().stream()
                .map(r -> r.row().dossierNumber())
                .toList();
        first.nationalDecisions().setLaureate(numbers.get(0), true, "dérogation de test", 0);
        NationalView seen = second.nationalDecisions().view();
        first.nationalDecisions().setLaureate(numbers.get(1), true, "dérogation de test", 0);

        second.workspaceUser().set(PAUL);
        ConcurrentChangeException refused = assertThrows(
                ConcurrentChangeException.class,
                () -> second.nationalDecisions()
                        .confirm("Cabinet du ministre", LocalDate.of(2022, 1, 10), false, seen.versions()));
        assertEquals(Subject.DECISION, refused.subject());
        assertTrue(
                refused.getMessage()
                        .startsWith("Claire Dumont a modifié cette décision à 10:00 (dossier n° " + numbers.get(1)),
                refused.getMessage());
        assertTrue(((NationalDecision) refused.theirs()).laureate(), "theirs: the proposal made meanwhile");
        for (String number : numbers.subList(0, 2)) {
            assertNull(decision(number).decided(), "nothing written, not even the proposal seen: dossier " + number);
        }

        NationalView now = second.nationalDecisions().view();
        assertEquals(
                2,
                second.nationalDecisions()
                        .confirm("Cabinet du ministre", LocalDate.of(2022, 1, 10), false, now.versions()));
        assertTrue(decision(numbers.get(1)).decided().laureate());
    }

    private NationalDecision decision(String number) {
        return first.nationalDecisions().view().ranking().stream()
                .filter(r -> r.row().dossierNumber().equals(number))
                .findFirst()
                .orElseThrow()
                .decision();
    }

    @Test
    void aTieBreakOrderOverANewerOneIsRefusedAndTheFirstIsKept() {
        NationalView seen = second.nationalDecisions().view();
        assertEquals(0, seen.orderVersion());
        NationalView after = first.nationalDecisions().setOrder("dépôt, E", seen.orderVersion());
        assertEquals(1, after.orderVersion());

        second.workspaceUser().set(PAUL);
        ConcurrentChangeException refused = assertThrows(
                ConcurrentChangeException.class,
                () -> second.nationalDecisions().setOrder("O, V", seen.orderVersion()));
        assertEquals(Subject.SETTING, refused.subject());
        assertTrue(
                refused.getMessage().startsWith("Claire Dumont a modifié ce réglage à 10:00 (ordre de départage)"),
                refused.getMessage());
        assertEquals(after.order().toString(), refused.theirs());
        assertEquals(after.order(), first.nationalDecisions().view().order(), "the first order kept");
        assertEquals(
                2,
                second.nationalDecisions()
                        .setOrder("O, V", refused.currentVersion())
                        .orderVersion(),
                "« Garder la mienne »: saved over the stored version");
    }

    @Test
    void aCampaignOverANewerOneIsRefusedAndTheFirstIsKept() {
        long seen = second.campaign().stamp();
        String text = second.campaign().text();
        assertEquals(0, seen);
        first.campaign().save(text.replace("15 à 20", "16 à 18"), seen);
        long afterFirst = first.campaign().stamp();
        assertTrue(afterFirst > seen);

        second.workspaceUser().set(PAUL);
        ConcurrentChangeException refused = assertThrows(
                ConcurrentChangeException.class,
                () -> second.campaign().save(text.replace("15 à 20", "12 à 14"), seen));
        assertEquals(Subject.CAMPAIGN, refused.subject());
        assertTrue(
                refused.getMessage().startsWith("Claire Dumont a modifié la campagne à 10:00"), refused.getMessage());
        assertTrue(((String) refused.theirs()).contains("16 à 18"), "theirs: the stored text");
        assertTrue(((String) refused.mine()).contains("12 à 14"), "mine: the refused text");
        assertTrue(first.campaign().text().contains("16 à 18"), "the first campaign kept");
        second.campaign().save(text.replace("15 à 20", "12 à 14"), refused.currentVersion());
        assertTrue(first.campaign().text().contains("12 à 14"), "saved over the stored version");
        assertTrue(first.campaign().stamp() > afterFirst);
    }
}
