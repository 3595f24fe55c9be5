package fr.ptce.workbench.domain.phase2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.RowProblem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Phase2MapperTest {

    private static final List<String> HEADERS = List.of(
            "ID",
            "Email",
            "Déposé le",
            "Champ ajouté par DS",
            "Numéro du dossier de phase 1",
            "Nom du projet",
            "SIRET de la structure porteuse",
            "Animation des coopérations territoriales",
            "Programme d'actions sur deux ans",
            "Modèle économique et autonomie financière",
            "Indicateurs de suivi et résultats attendus",
            "Demande d'une troisième année",
            "Justification de la troisième année",
            "Lettres d'engagement des partenaires",
            "Attestation sur l'honneur");

    @Test
    void champsAreFoundByNameAndDecoded() {
        Phase2Mapper mapper = new Phase2Mapper("Dossiers", HEADERS, Map.of(), true, false);

        Phase2Mapper.Mapped mapped = mapper.map(
                2,
                List.of(
                        "9000001",
                        "a@example.org",
                        "2021-09-30T12:00:00+02:00",
                        "x",
                        "1234567.0",
                        "Pôle",
                        "123 456 789 00017",
                        "L&#39;animation &amp; plus",
                        "b",
                        "c",
                        "d",
                        "Oui",
                        "",
                        "l.pdf",
                        "true"));

        assertEquals(List.of(), mapper.unmatchedChamps());
        assertEquals(List.of(), mapped.problems());
        Phase2Dossier dossier = mapped.dossier().orElseThrow();
        assertEquals("1234567", dossier.phase1Number());
        assertEquals("12345678900017", dossier.siret());
        assertEquals("L'animation & plus", dossier.text(Phase2Champ.ANIMATION));
        assertEquals(Boolean.TRUE, dossier.thirdYearRequested());
        assertFalse(dossier.budgetKnown(), "the budget comes from its own sheet");
    }

    @Test
    void aRenamedHeaderIsMappedByTheUser() {
        List<String> renamed = HEADERS.stream()
                .map(h -> h.equals("Numéro du dossier de phase 1") ? "N° phase 1" : h)
                .toList();

        assertEquals(
                List.of(Phase2Champ.PHASE1_NUMBER),
                new Phase2Mapper("Dossiers", renamed, Map.of(), false, false).unmatchedChamps());
        assertTrue(new Phase2Mapper("Dossiers", renamed, Map.of("N° phase 1", Phase2Champ.PHASE1_NUMBER), false, false)
                .unmatchedChamps()
                .isEmpty());
    }

    @Test
    void anUnreadableValueIsAProblemNamingSheetRowAndColumn() {
        Phase2Mapper mapper = new Phase2Mapper("Dossiers", HEADERS, Map.of(), false, false);

        Phase2Mapper.Mapped mapped = mapper.map(
                7, List.of("9000002", "", "hier", "", "douze", "", "", "", "", "", "", "peut-être", "", "", ""));

        assertEquals(
                List.of(
                        new RowProblem(
                                "Dossiers",
                                7,
                                "Numéro du dossier de phase 1",
                                "numéro de dossier de phase 1 illisible\u00a0: «\u00a0douze\u00a0»"),
                        new RowProblem(
                                "Dossiers",
                                7,
                                "Demande d'une troisième année",
                                "valeur oui/non illisible\u00a0: «\u00a0peut-être\u00a0»"),
                        new RowProblem(
                                "Dossiers", 7, "Déposé le", "date et heure illisible\u00a0: «\u00a0hier\u00a0»")),
                mapped.problems());
        assertNull(mapped.dossier().orElseThrow().phase1Number());
    }

    @Test
    void budgetRowsAreReadByHeaderWithTheirProblems() {
        BudgetRows rows = new BudgetRows(
                "(4242) Depenses previsionnelles",
                List.of(
                        "Dossier ID",
                        "Ligne",
                        "Poste",
                        "Année",
                        "Montant demandé à l'État (€)",
                        "Autres financements (€)",
                        "Description"));

        BudgetRows.Read good = rows.read(
                        2,
                        List.of(
                                "9000001",
                                "1",
                                "Biens amortissables",
                                "Année 3 (optionnelle)",
                                "12 500,50",
                                "",
                                "Un véhicule"))
                .orElseThrow();
        BudgetRows.Read bad = rows.read(3, List.of("9000001", "2", "Voyages", "Année 4", "beaucoup", "0", ""))
                .orElseThrow();

        assertTrue(rows.isBudgetBlock());
        assertEquals(BudgetPost.DEPRECIABLE_ASSETS, good.line().post());
        assertEquals(BudgetYear.YEAR_3, good.line().year());
        assertEquals(new BigDecimal("12500.50"), good.line().stateAmount());
        assertEquals(List.of(), good.problems());
        assertEquals(3, bad.problems().size());
        assertEquals("Montant demandé à l'État (€)", bad.problems().get(2).column());
        assertEquals("(4242) Depenses previsionnelles", bad.problems().get(2).sheet());
        assertEquals("Voyages", bad.line().postText());
        assertFalse(new BudgetRows("x", List.of("Dossier ID", "Ligne", "Commune")).isBudgetBlock());
    }
}
