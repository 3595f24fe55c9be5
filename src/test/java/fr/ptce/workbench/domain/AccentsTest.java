package fr.ptce.workbench.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ptce.workbench.domain.dossier.LabelFolding;
import fr.ptce.workbench.domain.search.SearchText;
import org.junit.jupiter.api.Test;

class AccentsTest {

    @Test
    void stripsMarksAndWritesLigaturesOut() {
        assertEquals("OEuvre a Saint-Etienne", Accents.strip("Œuvre à Saint-Étienne"));
        assertEquals("coeur ex aequo Laetitia AEsop", Accents.strip("cœur ex æquo Lætitia Æsop"));
        assertEquals("Cote d'Ivoire, francais", Accents.strip("Côte d'Ivoire, français"));
        assertEquals("", Accents.strip(null));
    }

    @Test
    void labelsAndSearchAgreeOnTheLigature() {
        assertEquals(LabelFolding.fold("Cœur du projet"), LabelFolding.fold("Coeur du projet"));
        assertEquals(SearchText.fold("cœur"), SearchText.fold("coeur"));
        assertEquals(SearchText.fold("Cœur"), LabelFolding.fold("cœur"));
    }
}
