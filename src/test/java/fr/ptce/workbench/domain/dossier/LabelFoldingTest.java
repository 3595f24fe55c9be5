package fr.ptce.workbench.domain.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class LabelFoldingTest {

    @Test
    void foldsCaseAccentsApostrophesSpacesAndTrailingNote() {
        assertEquals(
                LabelFolding.fold("Acteurs impliqués ou susceptibles d'être impliqués dans la dynamique collective"),
                LabelFolding.fold("ACTEURS  impliques ou susceptibles d’etre impliqués"
                        + " dans la dynamique\u00A0collective (2 pages maximum)"));
    }

    @Test
    void keepsAParenthesisInsideTheLabel() {
        assertEquals(
                "description des objectifs et de la vision strategique du (futur) ptce",
                LabelFolding.fold("Description des objectifs et de la vision stratégique du (futur) PTCE"));
    }

    @Test
    void distinguishesTheQpvAndZrrQuestions() {
        assertNotEquals(LabelFolding.fold(Champ.DECLARED_QPV.label()), LabelFolding.fold(Champ.DECLARED_ZRR.label()));
    }
}
