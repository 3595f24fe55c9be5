package fr.ptce.workbench.spreadsheet.ds.synthetic;

import fr.ptce.workbench.domain.dossier.Annotations;
import fr.ptce.workbench.domain.dossier.Attachments;
import fr.ptce.workbench.domain.dossier.CarrierStructure;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierState;
import fr.ptce.workbench.domain.dossier.DsTracking;
import fr.ptce.workbench.domain.dossier.Referent;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.dossier.Sections;
import fr.ptce.workbench.domain.dossier.Territory;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Hand-built dossiers whose every exported value the writer tests know. */
final class TestDossiers {

    /** 2021-06-23 23:58:02 in Paris (UTC+2), written here in UTC. */
    static final OffsetDateTime DEPOSIT = OffsetDateTime.parse("2021-06-23T21:58:02Z");

    private TestDossiers() {}

    static Dossier withS1(String number, String s1, List<Commune> communes) {
        DsTracking tracking = new DsTracking(
                DossierState.ACCEPTE,
                false,
                "a.martin@example.org",
                DEPOSIT,
                OffsetDateTime.parse("2021-09-01T10:00:00+02:00"),
                DEPOSIT,
                OffsetDateTime.parse("2021-07-01T09:30:00+02:00"),
                OffsetDateTime.parse("2021-08-31T16:00:00+02:00"),
                "Dossier complet, avec « guillemets », virgule et \"citation\".",
                "",
                "Bretagne");
        CarrierStructure structure = new CarrierStructure(
                "Recyclerie du Val d’Essai",
                "4, rue des Écoles, 35000 RENNES",
                "Association",
                "73282932000074",
                "RECYCLERIE DU VAL D'ESSAI");
        return new Dossier(
                number,
                tracking,
                "PTCE Essai",
                "Bretagne",
                structure,
                new Referent("Anne Martin", "Directrice", "a.martin@example.org", "06 12 34 56 78"),
                new Sections(Map.of(Section.S1, s1)),
                new Territory(null, Boolean.TRUE, communes, true),
                new Attachments("statuts.pdf", null),
                Boolean.FALSE,
                new Annotations(null, null),
                List.of());
    }

    /** {@code count} dossiers with distinct numbers and two communes each. */
    static List<Dossier> some(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> withS1(
                        Integer.toString(5_000_000 + i),
                        "Texte " + i + "\nsuite",
                        List.of(rennes(), new Commune("35288", "Saint-Malo", "Saint-Malo (35400)"))))
                .toList();
    }

    static Commune rennes() {
        return new Commune("35238", "Rennes", "Rennes (35000)");
    }
}
