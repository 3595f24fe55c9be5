package fr.ptce.workbench.domain.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DossierDiffTest {

    @Test
    void anIdenticalDossierHasNoChange() {
        assertEquals(List.of(), DossierDiff.changedFields(TestDossiers.complete("1"), TestDossiers.complete("1")));
    }

    @Test
    void namesTheChangedChampsStateAndCommunes() {
        Dossier before = TestDossiers.complete("1");
        Map<Section, String> texts = new EnumMap<>(before.sections().texts());
        texts.put(Section.S6, "Nouveau texte");
        DsTracking t = before.tracking();
        Dossier after = new Dossier(
                "1",
                new DsTracking(
                        DossierState.EN_INSTRUCTION,
                        t.archived(),
                        t.accountEmail(),
                        t.depositedAt(),
                        t.updatedAt(),
                        t.champsUpdatedAt(),
                        t.instructionAt(),
                        t.processedAt(),
                        t.motivation(),
                        t.instructors(),
                        t.instructorGroup()),
                before.projectName(),
                before.region(),
                before.structure(),
                before.referent(),
                new Sections(texts),
                before.territory().withCommunes(List.of()),
                before.attachments(),
                before.attestation(),
                before.annotations(),
                before.raw());
        assertEquals(
                List.of("État du dossier", Champ.S6.label(), DossierDiff.COMMUNES),
                DossierDiff.changedFields(before, after));
    }

    @Test
    void aChangedInseeLegalCategoryIsNamedByItsDsHeader() {
        Dossier before = TestDossiers.complete("1");
        Dossier after = before.withStructure(
                before.structure().withLegalCategory(new InseeLegalCategory("7210", "Commune et commune nouvelle")));
        assertEquals(List.of("Entreprise forme juridique"), DossierDiff.changedFields(before, after));
    }
}
