package fr.ptce.workbench.ui.reader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.TestZips;
import fr.ptce.workbench.TestZips.Entry;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.spreadsheet.ds.synthetic.SyntheticPdf;
import fr.ptce.workbench.ui.MainViewModelTest;
import fr.ptce.workbench.ui.common.WorkspaceState;
import fr.ptce.workbench.ui.fx.DirectTaskRunner;
import fr.ptce.workbench.ui.fx.Messages;
import fr.ptce.workbench.ui.fx.RecordingOpener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The reader lists a dossier's files with size and type; « Ouvrir » opens a temporary copy with the viewer. */
@ExtendWith(ApplicationExtension.class)
class AttachmentsWindowTest {

    private static final String DOSSIER = "4847721";

    private final byte[] statutes = SyntheticPdf.of(List.of("Statuts de l'association", "Article 1 : objet"));
    private final RecordingOpener opener = new RecordingOpener();
    private Workspace workspace;
    private ReaderViewModel reader;
    private Path copies;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = Files.createTempDirectory("attachments-window");
        copies = folder.resolve("copies");
        workspace = Workspace.inMemory(Clock.systemUTC());
        Path zip = TestZips.write(
                folder.resolve("export.zip"),
                Entry.file("export/" + MainViewModelTest.sample().getFileName(), MainViewModelTest.sample()),
                Entry.of(
                        "export/dossier-" + DOSSIER + "/pieces_justificatives/Statuts Manufacture AG 2020.pdf",
                        statutes),
                Entry.text("export/dossier-" + DOSSIER + "/pieces_justificatives/notes.txt", "x".repeat(3000)));
        workspace.importDossiers().fromFile(zip, ColumnMapping.NONE, Progress.NONE);
        WorkspaceState state = new WorkspaceState();
        state.replace(workspace);
        reader = new ReaderViewModel(
                new DirectTaskRunner(), state, Messages.load(Locale.FRENCH), new OpenedCopies(copies));
        reader.attachments().openWith(opener);
        stage.setScene(new Scene(new ReaderPane(reader, Messages.load(Locale.FRENCH)), 900, 700));
        stage.show();
        reader.show(DOSSIER);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theReaderListsTheFilesWithSizeTypeAndTheStatutesCheck(FxRobot robot) {
        assertEquals("Pièces jointes (2)", text(robot, "#attachmentsHeading"));
        assertEquals("pieces_justificatives/notes.txt", text(robot, "#attachment-0-name"));
        assertEquals("3\u00a0Ko · Texte", text(robot, "#attachment-0-details"));
        assertEquals("pieces_justificatives/Statuts Manufacture AG 2020.pdf", text(robot, "#attachment-1-name"));
        assertEquals(statutes.length + "\u00a0o · PDF", text(robot, "#attachment-1-details"));
        assertEquals(
                "Statuts trouvés dans l'export zip\u00a0: Statuts Manufacture AG 2020.pdf",
                text(robot, "#statutesCheck"));
    }

    @Test
    void openCopiesTheFileAndHandsItToTheViewerThenTheCopyGoesAtClose(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#openAttachment-1").queryButton().fire());
        robot.interact(() -> {});
        assertEquals(1, opener.opened().size(), opener.opened().toString());
        Path copy = opener.opened().get(0);
        assertTrue(copy.startsWith(copies), copy.toString());
        assertEquals("Statuts Manufacture AG 2020.pdf", copy.getFileName().toString());
        assertArrayEquals(statutes, Files.readAllBytes(copy));
        assertTrue(text(robot, "#attachmentMessage").contains("ouvert avec l'application du système"));

        new OpenedCopies(copies).deleteAll();
        assertFalse(Files.exists(copy));
    }

    @Test
    void withoutViewerTheMessageSaysWhereTheCopyIs(FxRobot robot) {
        opener.supported(false);
        robot.interact(() -> robot.lookup("#openAttachment-0").queryButton().fire());
        robot.interact(() -> {});
        assertTrue(opener.opened().isEmpty());
        String message = text(robot, "#attachmentMessage");
        assertTrue(message.startsWith("Aucune application ne sait ouvrir «\u00a0notes.txt\u00a0»"), message);
    }

    @Test
    void aDossierWithoutFilesSaysHowToGetThem(FxRobot robot) {
        robot.interact(() -> reader.show("5065081"));
        assertEquals("Pièces jointes", text(robot, "#attachmentsHeading"));
        assertTrue(text(robot, "#attachmentsNone").contains("importez l'export zip"));
        assertTrue(robot.lookup("#statutesCheck").tryQuery().isEmpty(), "unknown: no badge");
    }
}
