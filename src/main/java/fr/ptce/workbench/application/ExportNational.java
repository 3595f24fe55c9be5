package fr.ptce.workbench.application;

import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.spreadsheet.NationalWorkbookContent;
import fr.ptce.workbench.spreadsheet.NationalWorkbookWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Exports PESSII's national workbook ({@code national-<AAAA-MM-JJ>.xlsx}: every dossier with its regional avis,
 * every review, the ranking and the decisions) and, on request, the public list of the dossiers invited to phase 2.
 * Refused while no avis workbook was imported. Both are written atomically.
 */
public final class ExportNational {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Database database;
    private final Clock clock;

    public ExportNational(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What was written: the national workbook, its rows, and the public list with its rows when asked. */
    public record Report(Path file, int rows, Optional<Path> publicFile, int invited) {
    }

    /**
     * Writes the national workbook to {@code target} (into it as {@code national-<date>.xlsx} when it is a folder
     * or a name without {@code .xlsx}), and the public list to {@code publicTarget} when given.
     */
    public Report toWorkbook(Path target, Optional<Path> publicTarget, Progress progress) {
        OffsetDateTime now = OffsetDateTime.now(clock).atZoneSameInstant(PARIS).toOffsetDateTime()
                .truncatedTo(ChronoUnit.SECONDS);
        NationalWorkbookContent content = database.inTransaction(r -> {
            NationalView view = NationalDecisions.view(r);
            if (view.ranking().isEmpty()) {
                throw new InvalidInputException("Aucun classeur d'avis n'a été importé dans cet espace de"
                        + " travail\u00a0: consolidez d'abord les avis des régions (consolidate).");
            }
            String author = r.users().find().map(Reviewer::signature).orElse("PESSII");
            return new NationalWorkbookContent(now, author,
                    Instruction.latestGrid(r), view.ranking(),
                    view.order(), view.counters());
        });
        Path file = FileNames.xlsxTarget(target, "national-" + now.toLocalDate() + ".xlsx");
        NationalWorkbookWriter.write(content, file, progress);
        int invited = 0;
        if (publicTarget.isPresent()) {
            FileNames.createParent(publicTarget.get());
            invited = NationalWorkbookWriter.writePublicList(content.ranking(), publicTarget.get());
        }
        return new Report(file, content.ranking().size(), publicTarget, invited);
    }

}
