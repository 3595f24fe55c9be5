package fr.ptce.workbench.persistence;

import fr.ptce.workbench.domain.dossier.Annotations;
import fr.ptce.workbench.domain.dossier.Attachments;
import fr.ptce.workbench.domain.dossier.CarrierStructure;
import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierState;
import fr.ptce.workbench.domain.dossier.DsTracking;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import fr.ptce.workbench.domain.dossier.RawCell;
import fr.ptce.workbench.domain.dossier.Referent;
import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.dossier.Sections;
import fr.ptce.workbench.domain.dossier.Territory;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Synthetic dossiers for the store's tests; no real person. */
public final class TestDossiers {

    /** 40,000 UTF-16 units on 2,500 lines, with an emoji (a surrogate pair) on each. */
    static final String LONG_TEXT = "Coopération 🤝 \n".repeat(2_500);

    private TestDossiers() {}

    /** A dossier with every field filled, Paris offsets in summer and winter, and awkward text. */
    public static Dossier full(String number) {
        Map<Section, String> texts = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            texts.put(section, "Texte de " + section + "\nsur deux lignes 𝄞 « guillemets » et œ");
        }
        texts.put(Section.S3, LONG_TEXT);
        return new Dossier(
                number,
                new DsTracking(
                        DossierState.EN_INSTRUCTION,
                        true,
                        "porteur@example.org",
                        OffsetDateTime.parse("2021-06-23T23:59:30+02:00"),
                        OffsetDateTime.parse("2021-12-01T10:15:00+01:00"),
                        OffsetDateTime.parse("2021-06-22T08:00:00+02:00"),
                        OffsetDateTime.parse("2021-07-01T09:30:00+02:00"),
                        OffsetDateTime.parse("2021-11-30T17:45:12+01:00"),
                        "Motivation\nsur deux lignes",
                        "a@example.org, b@example.org",
                        "Auvergne-Rhône-Alpes"),
                "Tiers-lieu des Combes 🌱",
                "Auvergne-Rhône-Alpes",
                new CarrierStructure(
                        "Association Les Combes",
                        "1 rue de l'Exemple 01500 Ambérieu-en-Bugey",
                        "Association loi 1901",
                        "12345678900012",
                        "ASSOCIATION LES COMBES",
                        new InseeLegalCategory("9220", "Association déclarée")),
                new Referent("Camille Exemple", "Coordinatrice", "camille@example.org", "06 00 00 00 00"),
                new Sections(texts),
                new Territory(
                        true,
                        false,
                        List.of(
                                new Commune("01004", "Ambérieu-en-Bugey", "Ambérieu-en-Bugey (01500)"),
                                new Commune(null, "Saint-Rambert-en-Bugey", "Saint-Rambert-en-Bugey"),
                                new Commune("01004", "Ambérieu-en-Bugey", "Ambérieu-en-Bugey (01500)")),
                        true),
                new Attachments("statuts.pdf", "budget 2021.xlsx"),
                true,
                new Annotations("Recevable", "Vu par le PESSII 👍"),
                List.of(
                        new RawCell("ID", number, true),
                        new RawCell("Nom du projet", "Tiers-lieu des Combes 🌱", true),
                        new RawCell("Commentaire", "premier", false),
                        new RawCell("Commentaire", "second\navec retour à la ligne", false),
                        new RawCell("Champ vide", "", false)));
    }

    /** A dossier where every optional value is null or empty. */
    public static Dossier sparse(String number) {
        return new Dossier(
                number,
                new DsTracking(null, false, null, null, null, null, null, null, null, null, null),
                null,
                null,
                new CarrierStructure(null, null, null, null, null),
                new Referent(null, null, null, null),
                new Sections(Map.of()),
                new Territory(null, null, List.of(), false),
                new Attachments(null, null),
                null,
                new Annotations(null, null),
                List.of());
    }

    public static int count(Database database) {
        return database.inTransaction(store -> store.dossiers().count());
    }

    public static Dossier named(String number, String projectName) {
        Dossier sparse = sparse(number);
        return new Dossier(
                number,
                sparse.tracking(),
                projectName,
                "Bretagne",
                sparse.structure(),
                sparse.referent(),
                sparse.sections(),
                sparse.territory(),
                sparse.attachments(),
                sparse.attestation(),
                sparse.annotations(),
                sparse.raw());
    }
}
