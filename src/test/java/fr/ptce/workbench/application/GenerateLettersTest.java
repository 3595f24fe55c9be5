package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.LibreOffice;
import fr.ptce.workbench.TestReviewers;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.national.GenerateLetters;
import fr.ptce.workbench.domain.CancelledException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.letters.Letter;
import fr.ptce.workbench.domain.letters.LetterKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GenerateLetters on PESSII's workspace holding the avis workbooks only (no DS export): letters for recorded
 * decisions only, recipients to complete, the preview, progress and cancel, and a letter LibreOffice turns into PDF.
 */
class GenerateLettersTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-07-20T09:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path folder;

    private Workspace pessii;

    @BeforeEach
    void consolidated() {
        pessii = Workspace.inMemory(CLOCK);
        pessii.consolidateAvis()
                .importFiles(List.of(RegionWorkbooks.write(folder, 2, 4, new Random(3))), Progress.NONE);
        pessii.workspaceUser().set(TestReviewers.PESSII);
    }

    @AfterEach
    void close() {
        pessii.close();
    }

    @Test
    void onlyRecordedDecisionsGetALetterAndAProposalAloneDoesNot() {
        pessii.nationalDecisions().setLaureate("90200", true, null);
        assertTrue(pessii.generateLetters().letters(LetterKind.PHASE1).isEmpty(), "a proposal is not a decision");
        InvalidInputException none = assertThrows(
                InvalidInputException.class,
                () -> pessii.generateLetters()
                        .toFolder(LetterKind.PHASE1, Optional.empty(), folder.resolve("out"), Progress.NONE));
        assertTrue(none.getMessage().startsWith("Aucune décision du cabinet n'est enregistrée"), none.getMessage());

        pessii.nationalDecisions().confirm("Cabinet du ministre", LocalDate.of(2021, 7, 19));
        assertEquals(
                List.of("90200"),
                pessii.generateLetters().letters(LetterKind.PHASE1).stream()
                        .map(Letter::dossierNumber)
                        .toList());
        assertEquals(
                3,
                pessii.nationalDecisions().confirm("Cabinet du ministre", LocalDate.of(2021, 7, 20), true),
                "the three others recorded not retained");
        List<Letter> letters = pessii.generateLetters().letters(LetterKind.PHASE1);
        assertEquals(
                List.of("90200", "90201", "90202", "90203"),
                letters.stream().map(Letter::dossierNumber).toList());
        assertEquals(
                List.of(true, false, false, false),
                letters.stream().map(Letter::accepted).toList());
        assertTrue(pessii.generateLetters().letters(LetterKind.INVITATION).isEmpty());
    }

    @Test
    void thePreviewIsTheChosenDossiersLetterFilled() {
        pessii.nationalDecisions().setLaureate("90201", true, null);
        pessii.nationalDecisions().confirm("Cabinet du ministre", LocalDate.of(2021, 7, 1));
        List<String> preview = pessii.generateLetters().preview(LetterKind.PHASE1, Optional.empty(), "90201");
        String text = String.join("\n", preview);
        assertTrue(text.contains("Paris, le 20 juillet 2021"), text);
        assertTrue(text.contains("À l'attention de Référent du projet"), text);
        assertTrue(text.contains("le projet «\u00a0Projet 90201\u00a0» porté par Structure 90201."), text);
        assertTrue(text.contains("arrêtée le 1er juillet 2021 (Cabinet du ministre)"), text);
        assertTrue(text.contains("Motivation de la décision\u00a0: Motivation 90201"), text);
        assertTrue(text.contains("bouquet de services spécifique «\u00a0émergence\u00a0»"), text);
        assertFalse(text.contains("{{"), text);
        InvalidInputException other = assertThrows(
                InvalidInputException.class,
                () -> pessii.generateLetters().preview(LetterKind.PHASE1, Optional.empty(), "90202"));
        assertTrue(other.getMessage().contains("dossier n°\u00a090202"), other.getMessage());
    }

    @Test
    void progressIsReportedAndACancelWritesNoWorkbook() throws IOException {
        pessii.nationalDecisions().confirm("Cabinet du ministre", LocalDate.of(2021, 7, 19), true);
        AtomicInteger updates = new AtomicInteger();
        Progress cancelAfterTwo = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                assertEquals(5, total);
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() >= 2;
            }
        };
        Path out = folder.resolve("annule");
        assertThrows(
                CancelledException.class,
                () -> pessii.generateLetters().toFolder(LetterKind.PHASE1, Optional.empty(), out, cancelAfterTwo));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(
                    List.of("90200-projet-90200-phase1.docx", "90201-projet-90201-phase1.docx"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "no workbook, no temporary file");
        }

        GenerateLetters.Report report =
                pessii.generateLetters().toFolder(LetterKind.PHASE1, Optional.empty(), out, Progress.NONE);
        assertEquals(4, report.letters().size());
        assertEquals(4, report.withoutEmail(), "no DS export in this workspace");
        assertTrue(Files.isRegularFile(report.workbook()));
    }

    @Test
    void aLetterConvertsToPdfInLibreOffice() throws IOException, InterruptedException {
        pessii.nationalDecisions().setLaureate("90200", true, null);
        pessii.nationalDecisions().setInvited("90200", true, null);
        pessii.nationalDecisions().confirm("Cabinet du ministre", LocalDate.of(2021, 7, 26));
        GenerateLetters.Report report = pessii.generateLetters()
                .toFolder(LetterKind.INVITATION, Optional.empty(), folder.resolve("courriers"), Progress.NONE);
        Path letter = report.letters().get(0);
        List<String> pdfs = LibreOffice.convert(folder, "pdf", folder.resolve("pdf"), letter);
        assertEquals(
                List.of("90200-projet-90200-invitation.pdf"),
                pdfs,
                "no PDF: is libreoffice-writer installed?" + " (.ci/run installs it)");
        byte[] pdf = Files.readAllBytes(folder.resolve("pdf").resolve(pdfs.get(0)));
        assertTrue(
                pdf.length > 1000 && new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"),
                "a PDF");
    }
}
