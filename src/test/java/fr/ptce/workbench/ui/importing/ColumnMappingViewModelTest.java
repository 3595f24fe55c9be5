package fr.ptce.workbench.ui.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.dossier.Champ;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.ui.fx.Messages;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColumnMappingViewModelTest {

    private final ColumnMappingViewModel viewModel = new ColumnMappingViewModel(
            Path.of("export.csv"),
            List.of("ID", "Intitulé du projet", "Territoire", "Intitulé du projet"),
            List.of(
                    List.of("1", "Tiers-lieu des Combes", "Bretagne", "x"),
                    Arrays.asList("2", " ", "Occitanie", null),
                    List.of("3", "Une très longue description qui dépasse quarante caractères", "Corse", "y")),
            List.of(Champ.PROJECT_NAME, Champ.REGION),
            Messages.load(Locale.FRENCH));

    @Test
    void importIsDisabledUntilEveryChampHasAColumn() {
        assertFalse(viewModel.completeProperty().get());
        viewModel.row(Champ.PROJECT_NAME).choiceProperty().set("Intitulé du projet");
        assertFalse(viewModel.completeProperty().get());
        assertThrows(IllegalStateException.class, viewModel::mapping);

        viewModel.row(Champ.REGION).choiceProperty().set("Territoire");

        assertTrue(viewModel.completeProperty().get());
        assertEquals("", viewModel.problemProperty().get());
    }

    @Test
    void aColumnChosenForTwoChampsIsRefused() {
        viewModel.row(Champ.PROJECT_NAME).choiceProperty().set("Territoire");
        viewModel.row(Champ.REGION).choiceProperty().set("Territoire");

        assertFalse(viewModel.completeProperty().get());
        assertTrue(viewModel.row(Champ.PROJECT_NAME).duplicateProperty().get());
        assertTrue(viewModel.row(Champ.REGION).duplicateProperty().get());
        assertTrue(
                viewModel.problemProperty().get().contains("«\u00a0Territoire\u00a0»"),
                viewModel.problemProperty().get());

        viewModel.row(Champ.PROJECT_NAME).choiceProperty().set("Intitulé du projet");

        assertTrue(viewModel.completeProperty().get());
        assertFalse(viewModel.row(Champ.REGION).duplicateProperty().get());
        assertEquals("", viewModel.problemProperty().get());
    }

    @Test
    void theMappingNamesTheChosenHeaderOfEachChamp() {
        viewModel.row(Champ.REGION).choiceProperty().set("Territoire");
        viewModel.row(Champ.PROJECT_NAME).choiceProperty().set("Intitulé du projet");

        ColumnMapping mapping = viewModel.mapping();

        assertEquals(Map.of("Intitulé du projet", Champ.PROJECT_NAME, "Territoire", Champ.REGION), mapping.entries());
        assertEquals(Champ.PROJECT_NAME, mapping.champFor("intitule du projet").orElseThrow());
    }

    @Test
    void thePreviewShowsTheFirstValuesOfTheChosenColumn() {
        assertEquals("", viewModel.row(Champ.PROJECT_NAME).previewProperty().get());

        viewModel.row(Champ.PROJECT_NAME).choiceProperty().set("Intitulé du projet");

        assertEquals(
                "Tiers-lieu des Combes · Une très longue description qui dépasse…",
                viewModel.row(Champ.PROJECT_NAME).previewProperty().get());
        viewModel.row(Champ.REGION).choiceProperty().set("Territoire");
        assertEquals(
                "Bretagne · Occitanie · Corse",
                viewModel.row(Champ.REGION).previewProperty().get());
    }

    @Test
    void eachHeaderIsOfferedOnce() {
        assertEquals(List.of("ID", "Intitulé du projet", "Territoire"), viewModel.choices());
        assertEquals(
                List.of(Champ.PROJECT_NAME, Champ.REGION),
                viewModel.rows().stream().map(ColumnMappingViewModel.Row::champ).toList());
    }
}
