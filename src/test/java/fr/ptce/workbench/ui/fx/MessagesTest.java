package fr.ptce.workbench.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.review.Targets;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void everyBundleHasTheSameKeys() throws IOException {
        Properties base = read("messages.properties");
        assertEquals(base.keySet(), read("messages_fr.properties").keySet());
        assertEquals(base.keySet(), read("messages_en.properties").keySet());
    }

    @Test
    void theDefaultBundleIsTheFrenchOne() throws IOException {
        assertEquals(read("messages_fr.properties"), read("messages.properties"));
    }

    @Test
    void frenchTargetLabelsAreTheCallsShortenedWords() throws IOException {
        Properties fr = read("messages_fr.properties");
        assertEquals(Targets.Target.A.label(), fr.getProperty("targets.a"));
        assertEquals(Targets.Target.B.label(), fr.getProperty("targets.b"));
        assertEquals(Targets.Target.C.label(), fr.getProperty("targets.c"));
    }

    @Test
    void frenchIsTheDefaultWhateverTheSystemLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertEquals(
                    "Rechercher (n°, projet, structure, région, textes du dossier)…",
                    Messages.load(Locale.FRENCH).get("list.filter.prompt"));
            assertEquals("_Fichier", Messages.load(Locale.GERMAN).get("menu.file"));
            assertNotEquals(
                    Messages.load(Locale.ENGLISH).get("menu.file"),
                    Messages.load(Locale.FRENCH).get("menu.file"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void theAboutBoxOfADevelopmentBuildSaysVersionOnce() {
        Messages fr = Messages.load(Locale.FRENCH);
        assertTrue(fr.format("about.text", fr.get("about.devVersion")).contains("\nVersion de développement.\n"));
        Messages en = Messages.load(Locale.ENGLISH);
        assertTrue(en.format("about.text", en.get("about.devVersion")).contains("Version in development."));
    }

    @Test
    void placeholdersAndPluralsNeedNoEscapedApostrophes() {
        Messages messages = Messages.load(Locale.FRENCH);
        assertEquals("12 dossiers", messages.count("list.count", 12));
        assertEquals("1 dossier", messages.count("list.count", 1));
        assertEquals("0 dossier", messages.count("list.count", 0));
        assertEquals(
                "«\u00a0f.xlsx\u00a0»\u00a0: 1 dossier dans le fichier", messages.count("report.header", 1, "f.xlsx"));
        assertEquals("1 / 1 dossier avec avis", messages.count("status.avisCount", 1, 1));
        assertEquals(
                "Kit expert de a@b.fr importé\u00a0: 1 dossier noté, 2 conflits d'intérêts.",
                messages.format(
                        "experts.imported.text",
                        "a@b.fr",
                        messages.count("count.scoredDossier", 1),
                        messages.count("count.conflict", 2)));
        Messages english = Messages.load(Locale.ENGLISH);
        assertEquals("0 dossiers", english.count("list.count", 0));
        assertEquals("1 dossier", english.count("list.count", 1));
        assertEquals("Atelier PTCE — demo", messages.format("window.title", "demo"));
        assertEquals("Import de «\u00a0a.xlsx\u00a0»…", messages.format("status.importing", "a.xlsx"));
    }

    @Test
    void numbersAreGroupedTheFrenchWay() {
        String text = Messages.load(Locale.FRENCH).format("section.length", 1234, 3000);
        assertEquals("1 234 / 3 000 caractères", text.replace('\u202f', ' ').replace('\u00a0', ' '));
    }

    private static Properties read(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/fr/ptce/workbench/ui/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
