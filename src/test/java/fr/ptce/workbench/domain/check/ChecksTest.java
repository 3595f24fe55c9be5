package fr.ptce.workbench.domain.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.Annotations;
import fr.ptce.workbench.domain.dossier.Attachments;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsTracking;
import fr.ptce.workbench.domain.dossier.Referent;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.dossier.Sections;
import fr.ptce.workbench.domain.dossier.Territory;
import fr.ptce.workbench.domain.dossier.TestDossiers;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private static Dossier depositedAt(String isoTime) {
        Dossier d = TestDossiers.complete("1");
        DsTracking t = d.tracking();
        return new Dossier(
                d.number(),
                new DsTracking(
                        t.state(),
                        t.archived(),
                        t.accountEmail(),
                        OffsetDateTime.parse(isoTime),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                d.projectName(),
                d.region(),
                d.structure(),
                d.referent(),
                d.sections(),
                d.territory(),
                d.attachments(),
                d.attestation(),
                d.annotations(),
                d.raw());
    }

    @Test
    void lastSecondOfTheDeadlineIsOnTimeInParisTime() {
        assertEquals(
                Admissibility.RECEVABLE,
                AdmissibilityCheck.assess(depositedAt("2021-06-23T23:59:59+02:00"), Campaign.DEFAULT)
                        .admissibility());
        assertEquals(
                Admissibility.RECEVABLE,
                AdmissibilityCheck.assess(depositedAt("2021-06-23T23:59:59.4+02:00"), Campaign.DEFAULT)
                        .admissibility());
    }

    @Test
    void aCompleteLateDossierIsHorsDelaiForTheFirstWaveAndInstructedInTheRollingTrack() {
        AdmissibilityCheck.Result late =
                AdmissibilityCheck.assess(depositedAt("2021-07-02T14:54:00+02:00"), Campaign.DEFAULT);
        assertEquals(Admissibility.HORS_DELAI, late.admissibility());
        assertEquals("Au fil de l'eau", late.wave().orElseThrow().name());
        assertTrue(late.instructable());
    }

    @Test
    void pessiisAnnotationIsTheAdmissibilityAndADisagreementIsFlagged() {
        Dossier onTime = depositedAt("2021-06-20T10:00:00+02:00");
        Dossier annotated = new Dossier(
                onTime.number(),
                onTime.tracking(),
                onTime.projectName(),
                onTime.region(),
                onTime.structure(),
                onTime.referent(),
                onTime.sections(),
                onTime.territory(),
                onTime.attachments(),
                onTime.attestation(),
                new Annotations("Incomplet", "Pièce manquante"),
                onTime.raw());
        DossierChecks checks = DossierChecker.standard().check(annotated);
        assertEquals(Admissibility.INCOMPLET, checks.admissibility());
        assertEquals(Admissibility.RECEVABLE, checks.computedAdmissibility());
        assertEquals(Admissibility.INCOMPLET, checks.pessiiAdmissibility());
        assertTrue(checks.admissibilityDisagreement());
        assertFalse(DossierChecker.standard().check(onTime).admissibilityDisagreement());
        assertEquals(
                Admissibility.HORS_DELAI, Admissibility.fromLabel(" Hors delai").orElseThrow());
    }

    @Test
    void theStatutesAreRequiredAndSectionS6IsOptional() {
        Dossier d = depositedAt("2021-06-20T10:00:00+02:00");
        Map<Section, String> texts = new EnumMap<>(d.sections().texts());
        texts.put(Section.S6, "");
        Dossier withoutS6 = new Dossier(
                d.number(),
                d.tracking(),
                d.projectName(),
                d.region(),
                d.structure(),
                d.referent(),
                new Sections(texts),
                d.territory(),
                d.attachments(),
                d.attestation(),
                d.annotations(),
                d.raw());
        assertEquals(
                Admissibility.RECEVABLE,
                AdmissibilityCheck.assess(withoutS6, Campaign.DEFAULT).admissibility());
        Dossier withoutStatutes = new Dossier(
                d.number(),
                d.tracking(),
                d.projectName(),
                d.region(),
                d.structure(),
                d.referent(),
                d.sections(),
                d.territory(),
                new Attachments(null, "budget.pdf"),
                d.attestation(),
                d.annotations(),
                d.raw());
        assertEquals(
                List.of("Statuts de la structure porteuse"),
                AdmissibilityCheck.assess(withoutStatutes, Campaign.DEFAULT).missing());
    }

    @Test
    void lateDepositIsHorsDelaiInParisTimeEvenWhenStillThe23rdInUtc() {
        assertEquals(
                Admissibility.HORS_DELAI,
                AdmissibilityCheck.assess(depositedAt("2021-06-23T23:30:39Z"), Campaign.DEFAULT)
                        .admissibility());
    }

    @Test
    void incompleteWinsOverLateAndListsMissingChampsInFormOrder() {
        Dossier late = depositedAt("2021-07-02T14:54:00+02:00");
        Map<Section, String> texts = new EnumMap<>(late.sections().texts());
        texts.put(Section.S10, "  \n ");
        Dossier incomplete = new Dossier(
                late.number(),
                late.tracking(),
                late.projectName(),
                late.region(),
                late.structure(),
                new Referent("Camille", null, "c@example.org", "06"),
                new Sections(texts),
                late.territory(),
                late.attachments(),
                Boolean.FALSE,
                late.annotations(),
                late.raw());
        AdmissibilityCheck.Result result = AdmissibilityCheck.assess(incomplete, Campaign.DEFAULT);
        assertEquals(Admissibility.INCOMPLET, result.admissibility());
        assertEquals(
                List.of(
                        "Fonction au sein de la structure porteuse",
                        "Perspectives de financement prévisionnel (dépenses et recettes)",
                        "J'atteste l'exactitude des informations fournies"),
                result.missing());
    }

    @Test
    void siretKeyFollowsLuhnExceptForLaPoste() {
        assertTrue(SiretCheck.isValid("732 829 320 00074"));
        assertFalse(SiretCheck.isValid("73282932000075"));
        assertFalse(SiretCheck.isValid("7328293200007"));
        assertTrue(SiretCheck.isValid("35600000049837"));
        assertFalse(SiretCheck.isValid("35600000049838"));
        assertNull(SiretCheck.isValid(null));
    }

    @Test
    void detectsZrrAndQpvFromInseeCodesAndSaysUnknownWithoutCommunes() {
        FragileTerritories ref = FragileTerritories.shipped();
        assertEquals("C", ref.zrrStatus("38032"));
        assertTrue(ref.hasQpv("38053"));
        Territory territory = new Territory(null, null, List.of(new Commune("38053", "Bourgoin-Jallieu", "")), true);
        assertTrue(ref.qpvDetected(territory));
        assertFalse(ref.zrrDetected(territory));
        Territory csv = new Territory(null, null, List.of(), false);
        assertNull(ref.zrrDetected(csv));
        assertNull(ref.qpvDetected(csv));
    }

    @Test
    void sectionsLongerThanTheirLimitAreOverLimitCountingCodePoints() {
        Map<Section, String> texts = new EnumMap<>(Section.class);
        texts.put(Section.S4, "😀".repeat(1500));
        texts.put(Section.S5, "x".repeat(1501));
        assertEquals(List.of(Section.S5), LengthLimits.defaults().overLimit(new Sections(texts)));
    }
}
