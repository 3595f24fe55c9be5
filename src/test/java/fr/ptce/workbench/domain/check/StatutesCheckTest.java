package fr.ptce.workbench.domain.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierAttachment;
import fr.ptce.workbench.persistence.TestDossiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The statutes found or missing among the files of a zip export; unknown without them. */
class StatutesCheckTest {

    private final Dossier declared = TestDossiers.full("42"); // champ 6: « statuts.pdf »

    private static DossierAttachment file(String folder, String name) {
        return new DossierAttachment(1, "42", folder, name, "application/pdf", 10, "0".repeat(64), null);
    }

    @Test
    void anEmptyChampIsMissingWhateverTheFiles() {
        Dossier without = TestDossiers.sparse("42");
        assertFalse(StatutesCheck.assess(without, List.of()).found());
        assertFalse(
                StatutesCheck.assess(without, List.of(file("", "statuts.pdf"))).found());
    }

    @Test
    void withoutAnyFileOfTheDossierItIsUnknown() {
        assertNull(StatutesCheck.assess(declared, List.of()).found());
    }

    @Test
    void theDeclaredFileIsFoundUnderDsTimestampedName() {
        DossierAttachment statutes = file("pieces_justificatives", "Statuts-02-05-2022-10-00-123.PDF");
        StatutesCheck.Verdict verdict =
                StatutesCheck.assess(declared, List.of(file("pieces_justificatives", "budget.pdf"), statutes));
        assertTrue(verdict.found());
        assertEquals(statutes, verdict.file().orElseThrow());
    }

    @Test
    void aTemplateFolderNamedForTheStatutesCounts() {
        assertTrue(StatutesCheck.assess(declared, List.of(file("Statuts de la structure", "doc-42.pdf")))
                .found());
    }

    @Test
    void otherFilesOnlyMeanTheStatutesAreMissing() {
        StatutesCheck.Verdict verdict = StatutesCheck.assess(
                declared, List.of(file("pieces_justificatives", "budget.pdf"), file("", "export-42.pdf")));
        assertFalse(verdict.found());
        assertTrue(verdict.file().isEmpty());
    }

    @Test
    void stemsDropExtensionSuffixAndAccents() {
        assertEquals("statuts", StatutesCheck.stem("Statuts-02-05-2022-10-00-123.pdf"));
        assertEquals("statuts signes", StatutesCheck.stem("Statuts signés.pdf"));
        assertEquals("statuts", StatutesCheck.stem("statuts-02-05-2022-10-00.pdf"));
    }
}
