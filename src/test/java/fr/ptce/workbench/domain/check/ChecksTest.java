package fr.ptce.workbench.domain.check;

import fr.ptce.workbench.domain.dossier.Admissibility;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsTracking;
import fr.ptce.workbench.domain.dossier.Referent;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.dossier.Sections;
import fr.ptce.workbench.domain.dossier.TestDossiers;
import fr.ptce.workbench.domain.dossier.Territory;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChecksTest {

    private static Dossier depositedAt(String isoTime) {
        Dossier d = TestDossiers.complete("1");
        DsTracking t = d.tracking();
        return new Dossier(d.number(), new DsTracking(t.state(), t.archived(), t.accountEmail(),
                OffsetDateTime.parse(isoTime), null, null, null, null, null, null, null), d.projectName(), d.region(),
                d.structure(), d.referent(), d.sections(), d.territory(), d.attachments(), d.attestation(),
                d.annotations(), d.raw());
    }

    @Test
    void lastSecondOfTheDeadlineIsOnTimeInParisTime() {
        assertEquals(Admissibility.RECEVABLE,
                AdmissibilityCheck.assess(depositedAt("2021-06-23T23:59:59+02:00"), Wave.FIRST).admissibility());
    }

    @Test
    void lateDepositIsHorsDelaiInParisTimeEvenWhenStillThe23rdInUtc() {
        assertEquals(Admissibility.HORS_DELAI,
                AdmissibilityCheck.assess(depositedAt("2021-06-23T23:30:39Z"), Wave.FIRST).admissibility());
    }

    @Test
    void incompleteWinsOverLateAndListsMissingChampsInFormOrder() {
        Dossier late = depositedAt("2021-07-02T14:54:00+02:00");
        Map<Section, String> texts = new EnumMap<>(late.sections().texts());
        texts.put(Section.S10, "  \n ");
        Dossier incomplete = new Dossier(late.number(), late.tracking(), late.projectName(), late.region(),
                late.structure(), new Referent("Camille", null, "c@example.org", "06"), new Sections(texts),
                late.territory(), late.attachments(), Boolean.FALSE, late.annotations(), late.raw());
        AdmissibilityCheck.Result result = AdmissibilityCheck.assess(incomplete, Wave.FIRST);
        assertEquals(Admissibility.INCOMPLET, result.admissibility());
        assertEquals(List.of("Fonction au sein de la structure porteuse",
                "Perspectives de financement prévisionnel (dépenses et recettes)",
                "J'atteste l'exactitude des informations fournies"), result.missing());
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
