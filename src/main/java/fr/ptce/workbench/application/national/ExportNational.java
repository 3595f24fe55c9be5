package fr.ptce.workbench.application.national;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.application.common.FileNames;
import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.spreadsheet.national.NationalWorkbookContent;
import fr.ptce.workbench.spreadsheet.national.NationalWorkbookWriter;
import fr.ptce.workbench.spreadsheet.national.NationalWorkbookWriter.PublicList;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Exports PESSII's national workbook ({@code national-<AAAA-MM-JJ>.xlsx}: every dossier with its regional avis,
 * every review, the ranking, the proposals and the cabinet's decisions) and, on request, the public lists of the
 * cabinet's decisions: the phase-2 invitees, the phase-1 laureates.
 * Refused while no avis workbook was imported. Both are written atomically.
 */
public final class ExportNational {

    private final Database database;
    private final Clock clock;

    public ExportNational(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * What was written: the national workbook and its rows, and each public list asked for with its rows (the
     * phase-2 invitees, the phase-1 laureates: the cabinet's recorded decisions only).
     */
    public record Report(
            Path file, int rows, Optional<Path> publicFile, int invited, Optional<Path> laureatesFile, int laureates) {}

    /**
     * Writes the national workbook to {@code target} (into it as {@code national-<date>.xlsx} when it is a folder
     * or a name without {@code .xlsx}), the public list of the phase-2 invitees to {@code publicTarget} and that of
     * the phase-1 laureates to {@code laureatesTarget} when given.
     */
    public Report toWorkbook(
            Path target, Optional<Path> publicTarget, Optional<Path> laureatesTarget, Progress progress) {
        OffsetDateTime now = OffsetDateTime.now(clock)
                .atZoneSameInstant(PARIS)
                .toOffsetDateTime()
                .truncatedTo(ChronoUnit.SECONDS);
        NationalWorkbookContent content = database.inTransaction(r -> {
            NationalView view = NationalDecisions.view(r);
            if (view.ranking().isEmpty()) {
                throw new InvalidInputException("Aucun classeur d'avis n'a été importé dans cet espace de"
                        + " travail\u00a0: consolidez d'abord les avis des régions (consolidate).");
            }
            String author = r.users().find().map(Reviewer::signature).orElse("PESSII");
            return new NationalWorkbookContent(
                    now, author, Instruction.latestGrid(r), view.ranking(), view.order(), view.counters());
        });
        Path file = FileNames.xlsxTarget(target, "national-" + now.toLocalDate() + ".xlsx");
        NationalWorkbookWriter.write(content, file, progress);
        int invited = publicList(content, PublicList.INVITEES, publicTarget);
        int laureates = publicList(content, PublicList.LAUREATES, laureatesTarget);
        return new Report(file, content.ranking().size(), publicTarget, invited, laureatesTarget, laureates);
    }

    private static int publicList(NationalWorkbookContent content, PublicList list, Optional<Path> target) {
        if (target.isEmpty()) {
            return 0;
        }
        FileNames.createParent(target.get());
        return NationalWorkbookWriter.writePublicList(content.ranking(), list, target.get());
    }
}
