package fr.ptce.workbench.domain.dossier;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetDamageTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "#VALUE!",
                "#NAME?",
                "#REF!",
                "#DIV/0!",
                "#N/A",
                "#NUM!",
                "#NULL!",
                "Err:501",
                "Err:502",
                "#ERR520!",
                " #NAME? ",
                "#SPILL!"
            })
    void spreadsheetErrorValuesAreRecognised(String value) {
        assertTrue(SpreadsheetDamage.isErrorValue(value), value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "#",
                "Notre projet #1",
                "=Notre projet",
                "#VALUE! du projet",
                "Err:5",
                "Erreur",
                "N/A",
                "#hashtag",
                "Err:5021"
            })
    void textsAreNotErrorValues(String value) {
        assertFalse(SpreadsheetDamage.isErrorValue(value), value);
    }
}
