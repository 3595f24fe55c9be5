package fr.ptce.workbench.persistence.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierOutline;
import fr.ptce.workbench.domain.dossier.DossierState;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.dossier.DsTracking;
import fr.ptce.workbench.domain.dossier.RawCell;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestDossiers;
import fr.ptce.workbench.persistence.TestStores;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class DossierRepositoryTest {

    private final Database database;

    DossierRepositoryTest(StoreEngine engine) {
        database = TestStores.open(engine);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void write(Consumer<DossierRepository> work) {
        database.inTransaction(store -> {
            work.accept(store.dossiers());
            return null;
        });
    }

    private Optional<Dossier> find(String number) {
        return database.inTransaction(store -> store.dossiers().find(number));
    }

    @Test
    void fullDossierComesBackEqualToWhatWasSaved() {
        Dossier dossier = TestDossiers.full("4871234");

        write(dossiers -> dossiers.save(dossier));

        Dossier found = find("4871234").orElseThrow();
        assertEquals(dossier, found);
        assertEquals(40_000, found.sections().text(Section.S3).length());
        assertEquals("Commentaire", found.raw().get(3).header());
        assertEquals("second\navec retour à la ligne", found.raw().get(3).value());
    }

    @Test
    void dossierWithNullOptionalsComesBackEqual() {
        Dossier dossier = TestDossiers.sparse("12");

        write(dossiers -> dossiers.save(dossier));

        assertEquals(Optional.of(dossier), find("12"));
    }

    @Test
    void datesComeBackWithTheParisOffsetOfTheirInstant() {
        Dossier utc = TestDossiers.sparse("12");
        OffsetDateTime summer = OffsetDateTime.parse("2021-06-23T21:59:59Z");
        OffsetDateTime winter = OffsetDateTime.parse("2021-12-01T09:00:00Z");
        Dossier dossier = new Dossier(
                "12",
                new DsTracking(null, false, null, summer, winter, null, null, null, null, null, null),
                null,
                null,
                utc.structure(),
                utc.referent(),
                utc.sections(),
                utc.territory(),
                utc.attachments(),
                null,
                utc.annotations(),
                List.of());

        write(dossiers -> dossiers.save(dossier));

        DsTracking tracking = find("12").orElseThrow().tracking();
        assertEquals(OffsetDateTime.parse("2021-06-23T23:59:59+02:00"), tracking.depositedAt());
        assertEquals(OffsetDateTime.parse("2021-12-01T10:00:00+01:00"), tracking.updatedAt());
    }

    @Test
    void unknownNumberIsNotFound() {
        assertEquals(Optional.empty(), find("404"));
    }

    @Test
    void savingTwiceKeepsOneDossierWithTheLatestContent() {
        Dossier first = TestDossiers.full("4871234");
        Dossier second = first.withTerritory(
                first.territory().withCommunes(List.of(new Commune("35238", "Rennes", "Rennes (35000)"))));

        write(dossiers -> dossiers.save(first));
        write(dossiers -> dossiers.save(second));

        assertEquals(1, TestDossiers.count(database));
        assertEquals(Optional.of(second), find("4871234"));
    }

    @Test
    void resavingDropsRawCellsTheNewRowNoLongerHas() {
        Dossier first = TestDossiers.full("7");
        Dossier shorter = new Dossier(
                "7",
                first.tracking(),
                first.projectName(),
                first.region(),
                first.structure(),
                first.referent(),
                first.sections(),
                first.territory(),
                first.attachments(),
                first.attestation(),
                first.annotations(),
                List.of(new RawCell("ID", "7", true)));

        write(dossiers -> dossiers.save(first));
        write(dossiers -> dossiers.save(shorter));

        assertEquals(
                List.of(new RawCell("ID", "7", true)), find("7").orElseThrow().raw());
    }

    @Test
    void summariesListDossiersInNumericOrderWithTheirListFields() {
        write(dossiers -> {
            dossiers.save(TestDossiers.full("10"));
            dossiers.save(TestDossiers.named("9", "Projet neuf"));
            dossiers.save(TestDossiers.sparse("100"));
        });

        List<DossierSummary> summaries =
                database.inTransaction(store -> store.dossiers().summaries());

        assertEquals(
                List.of(
                        new DossierSummary("9", "Projet neuf", null, "Bretagne", null, false, null),
                        new DossierSummary(
                                "10",
                                "Tiers-lieu des Combes 🌱",
                                "Association Les Combes",
                                "Auvergne-Rhône-Alpes",
                                DossierState.EN_INSTRUCTION,
                                false,
                                null,
                                TestDossiers.full("10").tracking().depositedAt(),
                                null),
                        new DossierSummary("100", null, null, null, null, false, null)),
                summaries);
    }

    @Test
    void outlinesHoldIdentityTerritoryAndRecordedAdmissibilityInNumericOrder() {
        Dossier full = TestDossiers.full("10");
        write(dossiers -> {
            dossiers.save(full);
            dossiers.save(TestDossiers.sparse("9"));
            dossiers.recordAdmissibility("10", Admissibility.HORS_DELAI);
        });

        List<DossierOutline> outlines =
                database.inTransaction(store -> store.dossiers().outlines());

        assertEquals(
                List.of(
                        new DossierOutline(
                                "9",
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                TestDossiers.sparse("9").territory(),
                                null),
                        new DossierOutline(
                                "10",
                                full.projectName(),
                                full.structure().name(),
                                full.structure().legalForm(),
                                full.structure().legalCategory(),
                                full.region(),
                                full.tracking().depositedAt(),
                                full.territory(),
                                Admissibility.HORS_DELAI)),
                outlines);
        assertEquals(
                Optional.of(outlines.get(1)),
                database.inTransaction(store -> store.dossiers().outline("10")));
        assertEquals(
                Optional.empty(),
                database.inTransaction(store -> store.dossiers().outline("404")));
    }

    @Test
    void numbersCountAndAllFollowTheNumericOrder() {
        write(dossiers -> {
            dossiers.save(TestDossiers.full("10"));
            dossiers.save(TestDossiers.sparse("9"));
        });

        assertEquals(
                List.of("9", "10"),
                List.copyOf(database.inTransaction(store -> store.dossiers().numbers())));
        assertEquals(2, TestDossiers.count(database));
        assertEquals(
                List.of(TestDossiers.sparse("9"), TestDossiers.full("10")),
                database.inTransaction(store -> store.dossiers().all()));
    }

    @Test
    void absentDossierIsFlaggedUntilItIsSavedAgain() {
        write(dossiers -> dossiers.save(TestDossiers.full("5")));
        long importId = database.inTransaction(store ->
                store.imports().start("export.xlsx", "xlsx", OffsetDateTime.parse("2021-07-01T10:00:00+02:00")));

        write(dossiers -> dossiers.markAbsent("5", importId));
        assertTrue(database.inTransaction(store -> store.dossiers().summaries())
                .get(0)
                .absentFromLastImport());
        assertEquals(Optional.of(TestDossiers.full("5")), find("5"), "an absent dossier keeps its data");

        write(dossiers -> dossiers.save(TestDossiers.full("5")));
        assertFalse(database.inTransaction(store -> store.dossiers().summaries())
                .get(0)
                .absentFromLastImport());
    }

    @Test
    void markingAnUnknownDossierAbsentIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> write(dossiers -> dossiers.markAbsent("404", 1)));
    }
}
