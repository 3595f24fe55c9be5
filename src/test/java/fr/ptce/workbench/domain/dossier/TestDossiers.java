package fr.ptce.workbench.domain.dossier;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds complete synthetic dossiers for tests; every person and structure is invented. */
public final class TestDossiers {

    private TestDossiers() {}

    /** A complete, on-time, eligible dossier with two communes. */
    public static Dossier complete(String number) {
        Map<Section, String> texts = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            texts.put(section, "Texte de la section " + section.name() + " : R&D, « coopération », œuvre.");
        }
        return new Dossier(
                number,
                new DsTracking(
                        DossierState.EN_CONSTRUCTION,
                        false,
                        "porteur@example.org",
                        OffsetDateTime.parse("2021-06-20T10:00:00+02:00"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        "",
                        "Bretagne"),
                "Pôle réemploi du pays test",
                "Bretagne",
                new CarrierStructure(
                        "Recyclerie Exemple",
                        "1 rue de l'Exemple 35000 Rennes",
                        "Association",
                        "73282932000074",
                        "RECYCLERIE EXEMPLE"),
                new Referent("Camille Exemple", "Coordinatrice", "camille@example.org", "06 00 00 00 00"),
                new Sections(texts),
                new Territory(
                        Boolean.FALSE,
                        Boolean.TRUE,
                        List.of(
                                new Commune("35238", "Rennes", "Rennes (35000)"),
                                new Commune("22001", "Allineuc", "Allineuc (22460)")),
                        true),
                new Attachments("statuts.pdf", null),
                Boolean.TRUE,
                new Annotations(null, null),
                List.of(new RawCell("ID", number, true), new RawCell("Précisions", "rien", false)));
    }
}
