package fr.ptce.workbench.application.national;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.application.common.FileNames;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.campaign.Campaign;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.letters.Letter;
import fr.ptce.workbench.domain.letters.LetterField;
import fr.ptce.workbench.domain.letters.LetterKind;
import fr.ptce.workbench.domain.letters.Letters;
import fr.ptce.workbench.domain.letters.Recipient;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import fr.ptce.workbench.spreadsheet.letters.LetterDocxWriter;
import fr.ptce.workbench.spreadsheet.letters.LetterTemplate;
import fr.ptce.workbench.spreadsheet.letters.MailMergeWorkbookWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The letters that tell each applicant the cabinet's recorded decision (« Information par mail de la décision aux
 * porteurs de projets »): one .docx per dossier from a Word template with {@code {{champ}}} fields (the bundled one
 * of the kind, or PESSII's own), the mail-merge workbook and, for the phase-1 decision, the sheet to record each
 * decision back in DS. Never sends mail. Only recorded decisions are written; PESSII's proposals are not.
 */
public final class GenerateLetters {

    private final Database database;
    private final Clock clock;

    public GenerateLetters(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * What was written: the folder, each letter, the mail-merge workbook, and how many letters lack the recipient's
     * e-mail (the workspace does not hold their DS dossier).
     */
    public record Report(LetterKind kind, Path folder, List<Path> letters, Path workbook, int withoutEmail) {

        public Report {
            letters = List.copyOf(letters);
        }
    }

    /** The letters of this kind the recorded decisions call for, by dossier number. */
    public List<Letter> letters(LetterKind kind) {
        return database.inTransaction(r -> letters(r, kind));
    }

    /**
     * The template of this kind, checked: PESSII's file when given, else the bundled one.
     *
     * @throws fr.ptce.workbench.domain.InputRefusedException naming the template and the field when a field is
     *     unknown to the kind, a required one is missing, or the file is not a readable .docx
     */
    public static LetterTemplate template(LetterKind kind, Optional<Path> file) {
        LetterTemplate template =
                file.map(LetterTemplate::read).orElseGet(() -> LetterTemplate.builtIn(defaultTemplate(kind)));
        template.check(
                kind.fields().stream().map(LetterField::key).collect(Collectors.toSet()),
                kind.required().stream().map(LetterField::key).collect(Collectors.toSet()));
        return template;
    }

    /** The bundled template's resource name: {@code phase1.docx}, {@code invitation.docx}, {@code phase2.docx}. */
    public static String defaultTemplate(LetterKind kind) {
        return kind.key() + ".docx";
    }

    /** Writes the bundled template of the kind to {@code target}, for PESSII to edit in Word or LibreOffice. */
    public static void saveDefaultTemplate(LetterKind kind, Path target) {
        FileNames.createParent(target);
        LetterTemplate.builtIn(defaultTemplate(kind)).copyTo(target);
    }

    /** The body of the dossier's filled letter, one string per paragraph. */
    public List<String> preview(LetterKind kind, Optional<Path> templateFile, String number) {
        LetterTemplate template = template(kind, templateFile);
        Letter letter = letters(kind).stream()
                .filter(l -> l.dossierNumber().equals(number))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("Aucun courrier «\u00a0" + kind.label()
                        + "\u00a0» pour le dossier n°\u00a0" + number + "\u00a0: sa décision n'est pas enregistrée."));
        return LetterDocxWriter.preview(template, letter.valuesByKey());
    }

    /**
     * Writes every letter of the kind into {@code folder} (created), then the mail-merge workbook
     * {@code publipostage-<kind>.xlsx}. Each file is written atomically; a cancel keeps the letters already written
     * and writes no workbook.
     *
     * @throws InvalidInputException when no recorded decision calls for a letter of this kind
     */
    public Report toFolder(LetterKind kind, Optional<Path> templateFile, Path folder, Progress progress) {
        LetterTemplate template = template(kind, templateFile);
        List<Letter> letters = letters(kind);
        if (letters.isEmpty()) {
            throw new InvalidInputException(
                    switch (kind) {
                        case PHASE1 ->
                            "Aucune décision du cabinet n'est enregistrée\u00a0: enregistrez-la d'abord"
                                    + " (decide --confirm).";
                        case INVITATION ->
                            "Aucune invitation en phase\u00a02 n'est enregistrée par décision du cabinet.";
                        case PHASE2 ->
                            "Aucune décision du cabinet n'est enregistrée en phase\u00a02\u00a0: enregistrez-la"
                                    + " d'abord (decide --phase 2 --confirm).";
                    });
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Création impossible du dossier «\u00a0" + folder.toAbsolutePath() + "\u00a0»\u00a0: "
                            + e.getMessage(),
                    e);
        }
        List<Path> written = new ArrayList<>();
        int total = letters.size() + 1;
        for (Letter letter : letters) {
            progress.checkCancelled();
            progress.update(written.size(), total, "Courriers\u00a0: " + (written.size() + 1) + " / " + letters.size());
            Path file = folder.resolve(letter.fileName());
            LetterDocxWriter.write(template, letter.valuesByKey(), file);
            written.add(file);
        }
        progress.checkCancelled();
        Path workbook = folder.resolve("publipostage-" + kind.key() + ".xlsx");
        MailMergeWorkbookWriter.write(letters, kind != LetterKind.INVITATION, workbook);
        progress.update(total, total, "Courriers écrits\u00a0: " + letters.size());
        int withoutEmail = (int)
                letters.stream().filter(l -> l.recipient().email() == null).count();
        return new Report(kind, folder, written, workbook, withoutEmail);
    }

    private List<Letter> letters(Repositories r, LetterKind kind) {
        Campaign campaign = CampaignSettings.current(r);
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        if (kind == LetterKind.PHASE2) {
            return Phase2Letters.of(r, campaign, today);
        }
        Map<String, RankedDossier> byNumber = new LinkedHashMap<>();
        for (RankedDossier ranked : NationalDecisions.view(r).ranking()) {
            byNumber.putIfAbsent(ranked.row().dossierNumber(), ranked);
        }
        return byNumber.values().stream()
                .filter(d -> kind.answers(d.decision()))
                .sorted(Comparator.comparing(
                                (RankedDossier d) -> d.row().dossierNumber().length())
                        .thenComparing(d -> d.row().dossierNumber()))
                .map(d -> Letters.of(kind, d, recipient(r, d.row().dossierNumber()), campaign, today))
                .toList();
    }

    /** The referent's name and e-mail from the dossier's DS data, else the DS account's e-mail; unknown without. */
    private static Recipient recipient(Repositories r, String number) {
        Optional<Dossier> dossier = r.dossiers().find(number);
        if (dossier.isEmpty()) {
            return Recipient.UNKNOWN;
        }
        Dossier d = dossier.get();
        String name = d.referent() == null ? null : d.referent().name();
        String email = d.referent() == null ? null : d.referent().email();
        if (email == null || email.isBlank()) {
            email = d.tracking() == null ? null : d.tracking().accountEmail();
        }
        return new Recipient(name, email);
    }
}
