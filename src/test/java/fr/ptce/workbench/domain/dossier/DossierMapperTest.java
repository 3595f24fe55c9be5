package fr.ptce.workbench.domain.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DossierMapperTest {

    private static final List<String> HEADERS = headers();

    private static List<String> headers() {
        List<String> headers = new ArrayList<>(List.of("ID", "Archivé", "État du dossier", "Déposé le"));
        Arrays.stream(Champ.values()).map(Champ::label).forEach(headers::add);
        headers.add("Précisions");
        return List.copyOf(headers);
    }

    private static List<String> row(String... pairs) {
        List<String> values = new ArrayList<>();
        HEADERS.forEach(h -> values.add(""));
        for (int i = 0; i < pairs.length; i += 2) {
            values.set(HEADERS.indexOf(pairs[i]), pairs[i + 1]);
        }
        return values;
    }

    private static DossierMapper mapper(boolean escaped) {
        return new DossierMapper("Dossiers", HeaderMapping.of(HEADERS), new SourceEncoding(escaped, false, true));
    }

    @Test
    void readsTheInseeLegalCategoryOfTheCsvEstablishmentBlock() {
        List<String> headers = new ArrayList<>(HEADERS);
        headers.addAll(
                1, List.of("Établissement SIRET", "Entreprise forme juridique", "Entreprise forme juridique code"));
        List<String> values = new ArrayList<>();
        headers.forEach(h -> values.add(""));
        values.set(0, "42");
        values.set(1, "46250159400073");
        values.set(2, "SARL coopérative ouvrière de production (SCOP)");
        values.set(3, "5458");
        DossierMapper csv =
                new DossierMapper("Dossiers", HeaderMapping.of(headers), new SourceEncoding(true, false, false));

        CarrierStructure structure = csv.map(2, values).dossier().orElseThrow().structure();

        assertEquals(
                new InseeLegalCategory("5458", "SARL coopérative ouvrière de production (SCOP)"),
                structure.legalCategory());
        assertEquals("46250159400073", structure.siret());
        assertNull(
                mapper(true)
                        .map(2, row("ID", "43"))
                        .dossier()
                        .orElseThrow()
                        .structure()
                        .legalCategory(),
                "an xlsx Dossiers sheet has no establishment block: the Etablissements sheet completes it");
    }

    @Test
    void readsTheApplicantsEstablishmentWithItsInseeLegalCategory() {
        EstablishmentRows rows = new EstablishmentRows(List.of(
                "Dossier ID",
                "Champ",
                "Établissement SIRET",
                "Entreprise forme juridique",
                "Entreprise forme juridique code",
                "Entreprise raison sociale"));

        Establishment applicant = rows.read(List.of(
                        "42", "Dossier", "21590350100017", "Commune et commune nouvelle", "7210", "COMMUNE DE LILLE"))
                .orElseThrow();
        Establishment noCode = rows.read(List.of("43", "Dossier", "21590350100017", "", " ", ""))
                .orElseThrow();

        assertTrue(applicant.isApplicant());
        assertEquals(new InseeLegalCategory("7210", "Commune et commune nouvelle"), applicant.legalCategory());
        assertNull(noCode.legalCategory());
    }

    @Test
    void unescapesTextareasOfTheEscapingEraButNotSingleLineText() {
        Dossier d = mapper(true)
                .map(
                        2,
                        row(
                                "ID",
                                "42",
                                Champ.S1.label(),
                                "R&amp;D\r\nligne 2",
                                Champ.PROJECT_NAME.label(),
                                "A &amp; B"))
                .dossier()
                .orElseThrow();
        assertEquals("R&D\nligne 2", d.sections().text(Section.S1));
        assertEquals("A &amp; B", d.projectName());
    }

    @Test
    void keepsTextsOfTheRawEraAsTheyAre() {
        Dossier d = mapper(false)
                .map(2, row("ID", "42", Champ.S1.label(), "R&amp;D"))
                .dossier()
                .orElseThrow();
        assertEquals("R&amp;D", d.sections().text(Section.S1));
    }

    @Test
    void keepsFormulaLookingTextAsText() {
        Dossier d = mapper(true)
                .map(
                        2,
                        row(
                                "ID",
                                "42",
                                Champ.S2.label(),
                                "=> une flèche",
                                Champ.REFERENT_PHONE.label(),
                                "+33 6 00 00 00 00"))
                .dossier()
                .orElseThrow();
        assertEquals("=> une flèche", d.sections().text(Section.S2));
        assertEquals("+33 6 00 00 00 00", d.referent().phone());
    }

    @Test
    void keepsTheRawRowVerbatimWithDuplicatesAndMarksUnknownColumns() {
        Dossier d = mapper(true)
                .map(2, row("ID", "42", "Précisions", "x &amp; y"))
                .dossier()
                .orElseThrow();
        assertEquals(HEADERS.size(), d.raw().size());
        assertEquals(
                new RawCell("Précisions", "x &amp; y", false),
                d.raw().get(d.raw().size() - 1));
        assertEquals(1, d.otherFields().size());
    }

    @Test
    void reportsUnreadableValuesAsRowProblemsAndLeavesThemEmpty() {
        DossierMapper.Mapped mapped = mapper(true)
                .map(
                        7,
                        row(
                                "ID",
                                "42",
                                "Déposé le",
                                "hier soir",
                                "État du dossier",
                                "Brouillon",
                                Champ.DECLARED_QPV.label(),
                                "Oui"));
        Dossier d = mapped.dossier().orElseThrow();
        assertNull(d.tracking().depositedAt());
        assertNull(d.tracking().state());
        assertTrue(d.territory().declaredQpv());
        assertEquals(2, mapped.problems().size());
        assertEquals(7, mapped.problems().get(0).row());
    }

    @Test
    void aRowWithoutNumberGivesNoDossier() {
        DossierMapper.Mapped mapped = mapper(true).map(3, row(Champ.PROJECT_NAME.label(), "Sans numéro"));
        assertFalse(mapped.dossier().isPresent());
        assertEquals("ID", mapped.problems().get(0).column());
    }
}
