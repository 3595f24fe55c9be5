package fr.ptce.workbench.application.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierState;
import fr.ptce.workbench.domain.dossier.Section;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticDossiersTest {

    private static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2021-06-23T23:59:59+02:00");
    private static final List<Dossier> MANY = SyntheticDossiers.generate(42, 400);

    @Test
    void sameSeedGivesTheSameDossiers() {
        assertEquals(SyntheticDossiers.generate(2021, 24), SyntheticDossiers.generate(2021, 24));
        assertNotEquals(SyntheticDossiers.generate(2021, 24), SyntheticDossiers.generate(2022, 24));
    }

    @Test
    void streamGivesTheSameDossiersAsGenerate() {
        List<Dossier> streamed = new ArrayList<>();
        SyntheticDossiers.stream(42, 400).forEach(streamed::add);
        assertEquals(MANY, streamed);
    }

    @Test
    void numbersAreUniqueSevenDigitStrings() {
        Set<String> numbers = new HashSet<>();
        for (Dossier dossier : MANY) {
            assertTrue(dossier.number().matches("\\d{7}"), dossier.number());
            assertTrue(numbers.add(dossier.number()), dossier.number());
            assertTrue(dossier.raw().isEmpty());
        }
        SyntheticDossiers.stream(1, 5000).forEach(d -> assertTrue(d.number().matches("\\d{7}")));
    }

    @Test
    void someSectionsAreOverTheirLimitAndOptionalOnesSometimesEmpty() {
        long sections = 0;
        long over = 0;
        long emptyOptional = 0;
        for (Dossier dossier : MANY) {
            for (Section section : Section.values()) {
                int length = dossier.sections().length(section);
                if (length > 0) {
                    sections++;
                    assertTrue(Math.abs(length - section.defaultLimit()) > 12, section + " " + length);
                }
                over += length > section.defaultLimit() ? 1 : 0;
                emptyOptional += section.optional() && length == 0 ? 1 : 0;
            }
        }
        double share = (double) over / sections;
        assertTrue(share > 0.05 && share < 0.15, "over-limit share " + share);
        assertTrue(emptyOptional > 0);
    }

    @Test
    void depositsFallAroundTheDeadlineWithSomeLateOnes() {
        long late = MANY.stream()
                .filter(d -> d.tracking().depositedAt().isAfter(DEADLINE))
                .count();
        long on24th = MANY.stream()
                .filter(d -> d.tracking().depositedAt().toLocalDate().toString().equals("2021-06-24"))
                .count();
        assertTrue(late > 0 && late < MANY.size() / 4, "late " + late);
        assertTrue(on24th > 0);
        Set<DossierState> states = EnumSet.noneOf(DossierState.class);
        MANY.forEach(d -> states.add(d.tracking().state()));
        assertEquals(EnumSet.allOf(DossierState.class), states);
        assertEquals(
                EnumSet.allOf(DossierState.class).size(),
                SyntheticDossiers.generate(3, 5).stream()
                        .map(d -> d.tracking().state())
                        .distinct()
                        .count());
    }

    @Test
    void valuesLookLikeRealAnswersButAreInvented() {
        long luhnValid = MANY.stream()
                .filter(d -> SampleSirets.luhnValid(d.structure().siret()))
                .count();
        assertTrue(luhnValid > MANY.size() * 0.8 && luhnValid < MANY.size(), "valid SIRETs " + luhnValid);
        for (Dossier dossier : MANY) {
            assertTrue(
                    dossier.referent().email().matches("[a-z.]+@example\\.(org|fr)"),
                    dossier.referent().email());
            int communes = dossier.territory().communes().size();
            assertTrue(communes >= 1 && communes <= 8);
            dossier.territory().communes().forEach(c -> assertTrue(c.insee().matches("[0-9][0-9AB][0-9]{3}")));
            assertEquals(dossier.region(), dossier.tracking().instructorGroup());
        }
        String texts = String.join(
                "\n",
                MANY.stream()
                        .flatMap(d -> d.sections().texts().values().stream())
                        .toList());
        for (String expected : List.of("R&D", "<", ">", "«", "’", "œ")) {
            assertTrue(texts.contains(expected), expected);
        }
        Set<Character> starts = new HashSet<>();
        MANY.forEach(d ->
                d.sections().texts().values().stream().filter(t -> !t.isEmpty()).forEach(t -> starts.add(t.charAt(0))));
        assertTrue(starts.containsAll(List.of('=', '+', '-', '@')), starts.toString());
        Set<String> forms = new HashSet<>();
        MANY.forEach(d -> forms.add(d.structure().legalForm()));
        assertTrue(forms.containsAll(List.of(
                "Association",
                "Coopérative (SCOP, SCIC, CAE…)",
                "Société commerciale bénéficiaire de l'agrément ESUS",
                "Fondation",
                "SAS classique")));
    }
}
