package fr.ptce.workbench.domain.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderMappingTest {

    private static List<String> standardHeaders() {
        List<String> headers = new ArrayList<>(List.of(
                "ID",
                "Email",
                "Entreprise raison sociale",
                "Archivé",
                "État du dossier",
                "Déposé le",
                "Groupe instructeur"));
        Arrays.stream(Champ.values()).map(Champ::label).forEach(headers::add);
        return headers;
    }

    @Test
    void findsEveryChampOfAStandardExportByName() {
        HeaderMapping mapping = HeaderMapping.of(standardHeaders());
        assertTrue(mapping.unmatchedRequiredChamps().isEmpty());
        assertEquals(Optional.of(0), mapping.column(FixedColumn.ID));
        assertEquals(Optional.of(3), mapping.column(FixedColumn.ARCHIVED));
    }

    @Test
    void findsColumnsWhateverTheirPosition() {
        List<String> headers = standardHeaders();
        java.util.Collections.reverse(headers);
        HeaderMapping mapping = HeaderMapping.of(headers);
        assertEquals(Optional.of(headers.indexOf("Nom du projet")), mapping.column(Champ.PROJECT_NAME));
        assertEquals(Optional.of(headers.indexOf("ID")), mapping.column(FixedColumn.ID));
    }

    @Test
    void recognisesThe2024ArchiveHeaderAndSubColumns() {
        List<String> headers = new ArrayList<>(standardHeaders());
        headers.set(3, "À archiver");
        headers.add("Région (Code)");
        HeaderMapping mapping = HeaderMapping.of(headers);
        assertEquals(Optional.of(3), mapping.column(FixedColumn.ARCHIVED));
        assertTrue(mapping.known(headers.size() - 1), "Région (Code) is a sub-column, not an unknown champ");
        assertEquals(mapping.column(Champ.REGION), Optional.of(headers.indexOf("Région")));
    }

    @Test
    void keepsTheSecondOfTwoIdenticalHeadersAsAnOtherField() {
        List<String> headers = new ArrayList<>(standardHeaders());
        headers.add("Précisions");
        headers.add("Précisions");
        HeaderMapping mapping = HeaderMapping.of(headers);
        assertEquals(List.of("Précisions", "Précisions"), mapping.unknownHeaders());
    }

    @Test
    void renamedRequiredHeadersAreReportedThenMappedByHand() {
        List<String> headers = new ArrayList<>(standardHeaders());
        headers.set(headers.indexOf("Nom du projet"), "Intitulé");
        HeaderMapping unmapped = HeaderMapping.of(headers);
        assertEquals(List.of(Champ.PROJECT_NAME), unmapped.unmatchedRequiredChamps());
        HeaderMapping mapped = HeaderMapping.of(headers, ColumnMapping.of(Map.of("intitule", Champ.PROJECT_NAME)));
        assertTrue(mapped.unmatchedRequiredChamps().isEmpty());
        assertFalse(mapped.unknownHeaders().contains("Intitulé"));
    }
}
