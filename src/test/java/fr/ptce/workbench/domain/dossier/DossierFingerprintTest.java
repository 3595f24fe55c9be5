package fr.ptce.workbench.domain.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.ptce.workbench.application.samples.SyntheticDossiers;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierFingerprintTest {

    private final Dossier dossier = SyntheticDossiers.generate(7, 1).get(0);

    @Test
    void sameContentSameFingerprintAndAnyRowChangeShows() {
        Dossier copy = SyntheticDossiers.generate(7, 1).get(0);
        assertEquals(DossierFingerprint.of(dossier), DossierFingerprint.of(copy));
        assertEquals(64, DossierFingerprint.of(dossier).length());
        Dossier renamed = new Dossier(
                dossier.number(),
                dossier.tracking(),
                dossier.projectName() + " bis",
                dossier.region(),
                dossier.structure(),
                dossier.referent(),
                dossier.sections(),
                dossier.territory(),
                dossier.attachments(),
                dossier.attestation(),
                dossier.annotations(),
                dossier.raw());
        assertNotEquals(DossierFingerprint.of(dossier), DossierFingerprint.of(renamed));
        List<RawCell> raw = new java.util.ArrayList<>(dossier.raw());
        raw.add(new RawCell("Champ nouveau", "valeur", false));
        assertNotEquals(DossierFingerprint.of(dossier), DossierFingerprint.of(dossier.withRaw(raw)));
    }

    @Test
    void leavesOutWhatLaterSheetsComplete() {
        Dossier completed = dossier.withStructure(dossier.structure()
                        .withSiret("12345678900011")
                        .withLegalCategory(new InseeLegalCategory("9220", "Association déclarée")))
                .withTerritory(dossier.territory().withCommunes(List.of(new Commune("23096", "Guéret", "Guéret"))));
        assertEquals(DossierFingerprint.of(dossier), DossierFingerprint.of(completed));
    }

    @Test
    void fingerprintsStoredBeforeTheLegalCategoryCameStayValid() {
        // computed by the fingerprint of V012's time, when the carrier structure had five components
        assertEquals(
                "4a3d281285d976aeb5d55c5fdfc906dae2bb18fec74749719fda11c1b7f76fe8", DossierFingerprint.of(dossier));
    }
}
