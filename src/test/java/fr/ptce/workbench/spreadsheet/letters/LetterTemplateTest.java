package fr.ptce.workbench.spreadsheet.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.InputRefusedException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates: their fields found, checked against a kind, replaced even when Word split them across runs. */
class LetterTemplateTest {

    @TempDir
    Path folder;

    @Test
    void aFieldSplitAcrossRunsIsReplacedInTheStyleOfTheParagraphsFirstRun() throws IOException {
        XWPFDocument document = new XWPFDocument();
        XWPFParagraph p = document.createParagraph();
        XWPFRun first = p.createRun();
        first.setItalic(true);
        first.setText("Projet {");
        XWPFRun second = p.createRun();
        second.setBold(true);
        second.setText("{pro");
        XWPFRun third = p.createRun();
        third.setText("jet}} en ");
        p.createRun().setText("{{region}}");
        Path file = save(document, "coupé.docx");

        LetterTemplate template = LetterTemplate.read(file);
        assertEquals(Set.of("projet", "region"), template.fields());
        Path letter = folder.resolve("lettre.docx");
        LetterDocxWriter.write(template, Map.of("projet", "Les communs", "region", "Bretagne"), letter);

        try (InputStream in = Files.newInputStream(letter);
                XWPFDocument read = new XWPFDocument(in)) {
            XWPFParagraph filled = read.getParagraphs().get(0);
            assertEquals("Projet Les communs en Bretagne", filled.getText());
            assertEquals(1, filled.getRuns().size());
            assertTrue(filled.getRuns().get(0).isItalic(), "the first run's style is kept");
            assertFalse(filled.getRuns().get(0).isBold());
        }
    }

    @Test
    void aFieldInOneRunKeepsTheOtherRunsAndTheirStyles() throws IOException {
        XWPFDocument document = new XWPFDocument();
        XWPFParagraph p = document.createParagraph();
        XWPFRun label = p.createRun();
        label.setBold(true);
        label.setText("Objet : ");
        p.createRun().setText("dossier {{dossier}}");
        LetterTemplate template = LetterTemplate.read(save(document, "objet.docx"));

        Path letter = folder.resolve("lettre.docx");
        LetterDocxWriter.write(template, Map.of("dossier", "90200"), letter);
        try (InputStream in = Files.newInputStream(letter);
                XWPFDocument read = new XWPFDocument(in)) {
            List<XWPFRun> runs = read.getParagraphs().get(0).getRuns();
            assertEquals(2, runs.size());
            assertTrue(runs.get(0).isBold());
            assertEquals("Objet : ", runs.get(0).text());
            assertEquals("dossier 90200", runs.get(1).text());
        }
    }

    @Test
    void aValueOnSeveralLinesBecomesLineBreaksInItsOrder() throws IOException {
        XWPFDocument document = new XWPFDocument();
        document.createParagraph().createRun().setText("Motivation : {{motivation}}.");
        LetterTemplate template = LetterTemplate.read(save(document, "lignes.docx"));
        List<String> preview = LetterDocxWriter.preview(template, Map.of("motivation", "Un\nDeux\u0007"));
        assertEquals(List.of("Motivation : Un\nDeux."), preview, "line break kept, control character dropped");
    }

    @Test
    void fieldsOfTablesHeadersAndFootersAreFilledToo() throws IOException {
        XWPFDocument document = new XWPFDocument();
        document.createTable(1, 1)
                .getRow(0)
                .getCell(0)
                .getParagraphs()
                .get(0)
                .createRun()
                .setText("{{projet}}");
        document.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                .createParagraph()
                .createRun()
                .setText("n° {{dossier}}");
        LetterTemplate template = LetterTemplate.read(save(document, "tableau.docx"));
        assertEquals(Set.of("projet", "dossier"), template.fields());
        Path letter = folder.resolve("lettre.docx");
        LetterDocxWriter.write(template, Map.of("projet", "P", "dossier", "7"), letter);
        try (InputStream in = Files.newInputStream(letter);
                XWPFDocument read = new XWPFDocument(in)) {
            assertEquals("P", read.getTables().get(0).getRow(0).getCell(0).getText());
            assertEquals("n° 7", read.getFooterList().get(0).getText().strip());
        }
    }

    @Test
    void anUnknownFieldIsRefusedNamingTheTemplateAndTheField() throws IOException {
        XWPFDocument document = new XWPFDocument();
        document.createParagraph().createRun().setText("Bonjour {{prenom}}, {{projet}}");
        LetterTemplate template = LetterTemplate.read(save(document, "perso.docx"));
        InputRefusedException e =
                assertThrows(InputRefusedException.class, () -> template.check(Set.of("projet", "decision"), Set.of()));
        assertTrue(e.getMessage().startsWith("Fichier «\u00a0perso.docx\u00a0»"), e.getMessage());
        assertTrue(e.getMessage().contains("le champ {{prenom}} est inconnu"), e.getMessage());
        assertTrue(e.getMessage().contains("decision, projet"), e.getMessage());
    }

    @Test
    void aMissingRequiredFieldIsRefusedNamingTheTemplateAndTheField() throws IOException {
        XWPFDocument document = new XWPFDocument();
        document.createParagraph().createRun().setText("Bonjour, {{projet}}");
        LetterTemplate template = LetterTemplate.read(save(document, "sans-decision.docx"));
        InputRefusedException e = assertThrows(
                InputRefusedException.class, () -> template.check(Set.of("projet", "decision"), Set.of("decision")));
        assertTrue(e.getMessage().contains("sans-decision.docx"), e.getMessage());
        assertTrue(e.getMessage().contains("le champ obligatoire {{decision}} manque"), e.getMessage());
    }

    @Test
    void strayBracesAndFilesThatAreNotWordDocumentsAreRefused() throws IOException {
        XWPFDocument document = new XWPFDocument();
        document.createParagraph().createRun().setText("Projet {{projet");
        InputRefusedException stray =
                assertThrows(InputRefusedException.class, () -> LetterTemplate.read(save(document, "accolade.docx")));
        assertTrue(
                stray.getMessage().contains("accolade.docx")
                        && stray.getMessage().contains("mal écrit"),
                stray.getMessage());
        Path text = Files.writeString(folder.resolve("pas-word.docx"), "bonjour");
        InputRefusedException notWord = assertThrows(InputRefusedException.class, () -> LetterTemplate.read(text));
        assertTrue(
                notWord.getMessage().contains("pas-word.docx")
                        && notWord.getMessage().contains("n'est pas un document Word"),
                notWord.getMessage());
    }

    @Test
    void theBundledTemplatesAreWhatTheirGeneratorWrites() throws IOException {
        for (String name : List.of("phase1.docx", "invitation.docx")) {
            LetterTemplate bundled = LetterTemplate.builtIn(name);
            Path fresh = folder.resolve(name);
            DefaultLetterTemplates.write(
                    name.equals("phase1.docx") ? DefaultLetterTemplates.phase1() : DefaultLetterTemplates.invitation(),
                    fresh);
            LetterTemplate generated = LetterTemplate.read(fresh);
            assertEquals(
                    LetterDocxWriter.preview(generated, Map.of()), LetterDocxWriter.preview(bundled, Map.of()), name);
            assertEquals(generated.fields(), bundled.fields(), name);
        }
    }

    private Path save(XWPFDocument document, String name) throws IOException {
        Path file = folder.resolve(name);
        DefaultLetterTemplates.write(document, file);
        return file;
    }
}
