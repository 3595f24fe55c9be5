package fr.ptce.workbench.application.kit;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.application.common.FileNames;
import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.kit.Assignment;
import fr.ptce.workbench.domain.kit.Expert;
import fr.ptce.workbench.domain.kit.Kit;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import fr.ptce.workbench.spreadsheet.kit.KitContent;
import fr.ptce.workbench.spreadsheet.kit.KitEntries;
import fr.ptce.workbench.spreadsheet.kit.KitWorkbookWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Exports an expert's kit of one phase: the dossiers of that phase assigned to them without a declared conflict,
 * their texts, the phase's grid, the expert's scores and comments so far (a kit exported filled), the phase in its
 * metadata; written atomically; the kit is recorded as sent.
 */
public final class ExportKit {

    /** The deadline of a kit when none is given: two weeks after the export. */
    public static final int DEFAULT_DAYS = 14;

    private final Database database;
    private final Clock clock;

    public ExportKit(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A phase-1 kit (see {@link #export(String, List, boolean, Path, Optional, Phase)}). */
    public KitExportReport export(
            String expertEmail,
            List<String> dossiers,
            boolean pseudonymise,
            Path target,
            Optional<LocalDate> deadline) {
        return export(expertEmail, dossiers, pseudonymise, target, deadline, Phase.ONE);
    }

    /**
     * Assigns the given dossiers to the expert (none: the assignments made before), then writes the kit of this
     * phase's dossiers to {@code target}, or into it as {@code kit-expert-<nom>-<AAAA-MM-JJ>.xlsx} (phase 2:
     * {@code kit-expert-phase2-<nom>-<AAAA-MM-JJ>.xlsx}) when it is a folder.
     *
     * @throws InvalidInputException when a dossier given is of the other phase, or none of this phase is assigned
     */
    public KitExportReport export(
            String expertEmail,
            List<String> dossiers,
            boolean pseudonymise,
            Path target,
            Optional<LocalDate> deadline,
            Phase phase) {
        OffsetDateTime now = OffsetDateTime.now(clock)
                .atZoneSameInstant(PARIS)
                .toOffsetDateTime()
                .truncatedTo(ChronoUnit.SECONDS);
        return database.inTransaction(r -> {
            Expert expert = AssignExperts.expert(r, expertEmail);
            for (String number : dossiers) {
                Instruction.phaseOf(r, number, phase);
                boolean known = r.experts().assignments(expert.email()).stream()
                        .anyMatch(a -> a.dossierNumber().equals(number) && !a.conflict());
                if (!known) {
                    AssignExperts.assign(r, number, expert.email(), false, null, now);
                }
            }
            List<String> numbers = r.experts().assignments(expert.email()).stream()
                    .filter(a -> !a.conflict())
                    .map(Assignment::dossierNumber)
                    .filter(number -> Instruction.phaseOf(r, number) == phase)
                    .toList();
            if (numbers.isEmpty()) {
                throw new InvalidInputException("Aucun dossier" + (phase == Phase.TWO ? " de phase\u00a02" : "")
                        + " n'est confié à " + expert.name() + " (sans conflit d'intérêts)\u00a0: assignez-lui des"
                        + " dossiers, ou donnez-les avec --dossier.");
            }
            Grid grid = Instruction.currentGrid(r, phase);
            LocalDate until = deadline.orElse(now.toLocalDate().plusDays(DEFAULT_DAYS));
            String kitId = UUID.randomUUID().toString();
            List<KitContent.Dossier> content = new ArrayList<>();
            for (String number : numbers) {
                KitTexts.KitDossier d = KitTexts.dossier(r, number, pseudonymise);
                content.add(new KitContent.Dossier(
                        number, d.project(), d.texts(), d.version(), entries(r, number, expert)));
            }
            Path file = FileNames.xlsxTarget(target, fileName(expert.name(), now, phase));
            String sha256 = KitWorkbookWriter.write(
                    new KitContent(
                            kitId,
                            expert.name(),
                            expert.email(),
                            expert.organisation(),
                            now,
                            until,
                            pseudonymise,
                            grid,
                            content,
                            phase.number()),
                    file);
            r.experts()
                    .saveKit(new Kit(
                            kitId,
                            expert.email(),
                            numbers,
                            grid.id(),
                            grid.version(),
                            pseudonymise,
                            now,
                            until,
                            Optional.empty(),
                            0));
            return new KitExportReport(file, kitId, numbers, sha256);
        });
    }

    /** The default name of a kit: {@code kit-expert-<nom>-<AAAA-MM-JJ>.xlsx}. */
    public static String fileName(String expertName, OffsetDateTime at) {
        return fileName(expertName, at, Phase.ONE);
    }

    /** The default name of a kit of this phase: {@code kit-expert-[phase2-]<nom>-<AAAA-MM-JJ>.xlsx}. */
    public static String fileName(String expertName, OffsetDateTime at, Phase phase) {
        return "kit-expert-" + (phase == Phase.TWO ? "phase2-" : "") + FileNames.slug(expertName, "expert") + "-"
                + at.atZoneSameInstant(PARIS).toLocalDate() + ".xlsx";
    }

    /** The expert's scores, comments and governance judgement so far on a dossier, for a kit exported filled. */
    private static KitEntries entries(Repositories r, String number, Expert expert) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        Optional<Review> review = r.reviews().find(number, expert.email());
        review.map(Review::values).ifPresent(scores::putAll);
        Map<String, String> comments = new LinkedHashMap<>(r.experts().comments(number, expert.email()));
        String general = comments.remove(KitComments.GENERAL);
        return new KitEntries(
                scores, comments, general, review.map(Review::governance).orElse(null), false);
    }
}
