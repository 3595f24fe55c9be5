package fr.ptce.workbench.ui.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.TestReviewers;
import fr.ptce.workbench.application.RegionWorkbooks;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.letters.Letter;
import fr.ptce.workbench.domain.letters.LetterKind;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The « Courriers » view's model: kinds, the chosen dossier's preview, templates (refused ones too), generation. */
class LettersViewModelTest {

    @TempDir
    Path folder;

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final WorkspaceState state = new WorkspaceState();
    private final LettersViewModel model = new LettersViewModel(runner, state, Messages.load(Locale.FRENCH));
    private final Workspace workspace = Workspace.inMemory(Clock.systemDefaultZone());

    @BeforeEach
    void decided() {
        state.replace(workspace);
        workspace.workspaceUser().set(TestReviewers.PESSII);
        workspace
                .consolidateAvis()
                .importFiles(List.of(RegionWorkbooks.write(folder, 2, 4, new Random(1))), Progress.NONE);
        workspace.nationalDecisions().setLaureate("90200", true, null);
        workspace.nationalDecisions().setInvited("90200", true, null);
        workspace.nationalDecisions().confirm("Cabinet du ministre", LocalDate.of(2021, 7, 26), true);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void listsTheLettersOfTheKindAndPreviewsTheChosenOne() {
        model.refresh();
        assertEquals(List.of("90200", "90201", "90202", "90203"), numbers());
        assertEquals(
                "4 courriers à préparer (décisions du cabinet enregistrées)",
                model.countProperty().get());
        assertEquals("90200", model.selectedProperty().get().dossierNumber(), "the first one is chosen");
        assertTrue(
                model.previewProperty().get().contains("Votre projet a été désigné lauréat"),
                model.previewProperty().get());
        assertEquals(
                "90200 — Projet 90200 — lauréat — courriel à compléter",
                model.describe(model.letters().get(0)));

        model.selectedProperty().set(model.letters().get(2));
        String preview = model.previewProperty().get();
        assertTrue(preview.contains("«\u00a0Projet 90202\u00a0»") && preview.contains("n'a pas été retenu"), preview);
        assertFalse(preview.contains("90200"), "nothing of another dossier");

        model.kindProperty().set(LetterKind.INVITATION);
        assertEquals(List.of("90200"), numbers());
        assertEquals(
                "modèle par défaut (invitation.docx)",
                model.templateNameProperty().get());
        assertTrue(
                model.previewProperty().get().contains("30 septembre 2021 à minuit"),
                model.previewProperty().get());
    }

    @Test
    void aRefusedTemplateSaysWhyAndTheSavedDefaultOneIsAccepted() throws IOException {
        model.refresh();
        Path wrong = folder.resolve("perso.docx");
        try (XWPFDocument document = new XWPFDocument();
                OutputStream out = Files.newOutputStream(wrong)) {
            document.createParagraph().createRun().setText("{{dossier}} {{decision}} {{prenom}}");
            document.write(out);
        }
        model.useTemplate(wrong);
        assertEquals("perso.docx", model.templateNameProperty().get());
        assertEquals("", model.previewProperty().get());
        assertTrue(
                model.messageProperty()
                        .get()
                        .contains("«\u00a0perso.docx\u00a0»\u00a0: le champ {{prenom}} est" + " inconnu"),
                model.messageProperty().get());

        Path saved = folder.resolve("modeles").resolve("mon-phase1.docx");
        model.saveDefaultTemplate(saved);
        assertTrue(Files.isRegularFile(saved));
        model.useTemplate(saved);
        assertEquals("", model.messageProperty().get());
        assertTrue(model.previewProperty().get().contains("Madame, Monsieur,"));
        model.useDefaultTemplate();
        assertEquals(
                "modèle par défaut (phase1.docx)", model.templateNameProperty().get());
    }

    @Test
    void generatesEveryLetterAndTheWorkbookAndSaysThatNoMailIsSent() throws IOException {
        model.refresh();
        Path out = folder.resolve("courriers");
        model.generate(out);
        String message = model.messageProperty().get();
        assertTrue(message.startsWith("4 courriers écrits dans " + out.toAbsolutePath()), message);
        assertTrue(message.contains("Classeur de publipostage\u00a0: publipostage-phase1.xlsx"), message);
        assertTrue(message.contains("Courriel inconnu pour 4 dossiers"), message);
        assertTrue(
                message.endsWith("L'atelier n'envoie aucun courriel\u00a0: il prépare les courriers et le classeur"
                        + " de publipostage."),
                message);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(5, files.count());
        }
    }

    private List<String> numbers() {
        return model.letters().stream().map(Letter::dossierNumber).toList();
    }
}
