package fr.ptce.workbench.spreadsheet.avis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.national.GridSheet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The phase an avis workbook says, refused as the layer's other bad input: the file and sheet named. */
class ReadAvisWorkbookPhaseTest {

    private static ReadAvisWorkbook saying(Map<String, String> metadata) {
        return new ReadAvisWorkbook(metadata, new GridSheet(List.of()), List.of());
    }

    @Test
    void thePhaseIsTheMetadatasOrOneWhenItSaysNothing() {
        assertEquals(Phase.ONE, saying(Map.of()).phase("avis.xlsx", null));
        assertEquals(Phase.TWO, saying(Map.of(AvisFormat.KEY_PHASE, "2")).phase("avis.xlsx", null));
        assertEquals(Phase.TWO, saying(Map.of(AvisFormat.KEY_PHASE, " 2 ")).phase("avis.xlsx", Phase.TWO));
    }

    @Test
    void anUnknownPhaseIsRefusedNamingTheFileAndTheMetadataSheet() {
        InputRefusedException refused = assertThrows(
                InputRefusedException.class,
                () -> saying(Map.of(AvisFormat.KEY_PHASE, "3")).phase("avis-bretagne.xlsx", null));

        assertEquals(
                "Fichier «\u00a0avis-bretagne.xlsx\u00a0», feuille «\u00a0Métadonnées\u00a0»\u00a0: la phase"
                        + " «\u00a03\u00a0» n'existe pas (1 ou 2).",
                refused.getMessage());
        assertEquals("Métadonnées", refused.location().sheet());
    }

    @Test
    void aWorkbookOfTheOtherPhaseIsRefusedNamingTheFile() {
        InputRefusedException refused = assertThrows(
                InputRefusedException.class,
                () -> saying(Map.of(AvisFormat.KEY_PHASE, "2")).phase("avis-phase-2-bretagne.xlsx", Phase.ONE));

        assertEquals(
                "Fichier «\u00a0avis-phase-2-bretagne.xlsx\u00a0», feuille «\u00a0Métadonnées\u00a0»\u00a0: c'est un"
                        + " classeur d'avis de phase 2, pas de phase 1.",
                refused.getMessage());
        assertEquals("avis-phase-2-bretagne.xlsx", refused.location().file());
    }
}
