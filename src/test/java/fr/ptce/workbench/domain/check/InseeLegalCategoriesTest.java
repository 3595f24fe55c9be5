package fr.ptce.workbench.domain.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InseeLegalCategoriesTest {

    private final InseeLegalCategories nomenclature = InseeLegalCategories.shipped();

    @Test
    void shipsTheWholeLevelThreeNomenclatureNotAHandPickedList() {
        Map<String, String> all = nomenclature.all();
        assertEquals(259, all.size());
        assertTrue(all.keySet().stream().allMatch(code -> code.matches("\\d{4}")), all.keySet()::toString);
        assertTrue(all.values().stream().noneMatch(label -> label.isBlank() || !label.equals(label.strip())));
        // every level I family of the nomenclature is there
        for (char family = '0'; family <= '9'; family++) {
            char first = family;
            assertTrue(all.keySet().stream().anyMatch(code -> code.charAt(0) == first), "family " + family);
        }
    }

    @Test
    void labelsAreTheOfficialOnesDsExportsCarry() {
        assertEquals(Optional.of("SARL coopérative ouvrière de production (SCOP)"), nomenclature.label("5458"));
        assertEquals(Optional.of("Autre SA coopérative à conseil d'administration"), nomenclature.label("5560"));
        assertEquals(Optional.of("Association déclarée"), nomenclature.label("9220"));
        assertEquals(Optional.of("Fondation"), nomenclature.label("9300"));
        assertEquals(Optional.of("Commune et commune nouvelle"), nomenclature.label("7210"));
        assertEquals(Optional.of("Communauté de communes"), nomenclature.label("7346"));
        assertEquals(Optional.of("SAS, société par actions simplifiée"), nomenclature.label("5710"));
        assertEquals(
                Optional.of("Société à responsabilité limitée (sans autre indication)"), nomenclature.label("5499"));
        assertEquals(Optional.of("Association déclarée, reconnue d'utilité publique"), nomenclature.label("9230"));
    }

    @Test
    void anUnknownOrMissingCodeHasNoLabel() {
        assertEquals(Optional.empty(), nomenclature.label("1234"));
        assertEquals(Optional.empty(), nomenclature.label(null));
        assertEquals(Optional.of("Association déclarée"), nomenclature.label(" 9220 "));
    }
}
