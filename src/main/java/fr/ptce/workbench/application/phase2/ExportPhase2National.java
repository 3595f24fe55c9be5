package fr.ptce.workbench.application.phase2;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.application.common.FileNames;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.national.NationalDossier;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import fr.ptce.workbench.spreadsheet.national.Phase2WorkbookContent;
import fr.ptce.workbench.spreadsheet.national.Phase2WorkbookWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Exports PESSII's phase-2 workbook ({@code national-phase2-<AAAA-MM-JJ>.xlsx}: the phase-2 ranking, the decisions,
 * the envelope) and, on request, the public list of the phase-2 laureates the cabinet decided. Refused while no
 * phase-2 dossier was imported. Both are written atomically.
 */
public final class ExportPhase2National {

    private final Database database;
    private final Clock clock;

    public ExportPhase2National(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** What was written: the workbook and its ranking rows, the public list and its rows when asked for. */
    public record Report(Path file, int rows, Optional<Path> laureatesFile, int laureates, Phase2DecisionView view) {}

    /**
     * Writes the phase-2 workbook to {@code target} (into it as {@code national-phase2-<date>.xlsx} when it is a
     * folder or a name without {@code .xlsx}) and the public list of the phase-2 laureates to {@code laureatesTarget}.
     *
     * @throws InvalidInputException when the workspace holds no phase-2 dossier
     */
    public Report toWorkbook(Path target, Optional<Path> laureatesTarget) {
        OffsetDateTime now = OffsetDateTime.now(clock)
                .atZoneSameInstant(PARIS)
                .toOffsetDateTime()
                .truncatedTo(ChronoUnit.SECONDS);
        Phase2DecisionView[] view = new Phase2DecisionView[1];
        Phase2WorkbookContent content = database.inTransaction(r -> {
            view[0] = Phase2Decisions.view(r);
            if (view[0].ranking().isEmpty()) {
                throw new InvalidInputException("Aucun dossier de phase\u00a02 n'a été importé dans cet espace de"
                        + " travail\u00a0: importez d'abord l'export de la phase\u00a02 (phase2 import).");
            }
            String author = r.users().find().map(Reviewer::signature).orElse("PESSII");
            return new Phase2WorkbookContent(now, author, rows(r, view[0].ranking()), view[0].envelope());
        });
        Path file = FileNames.xlsxTarget(target, "national-phase2-" + now.toLocalDate() + ".xlsx");
        Phase2WorkbookWriter.write(content, file);
        int laureates = 0;
        if (laureatesTarget.isPresent()) {
            FileNames.createParent(laureatesTarget.get());
            laureates = Phase2WorkbookWriter.writePublicList(content.rows(), laureatesTarget.get());
        }
        return new Report(file, content.rows().size(), laureatesTarget, laureates, view[0]);
    }

    /** The workbook's rows, with the phase-1 carrier and region from the DS export, else the consolidated avis. */
    static List<Phase2WorkbookContent.Row> rows(Repositories r, List<Phase2Row> ranking) {
        Map<String, NationalDossier> avis = new HashMap<>();
        r.national().dossiers().forEach(d -> avis.putIfAbsent(d.number(), d));
        return ranking.stream()
                .map(row -> {
                    String phase1 = row.view().dossier().phase1Number();
                    Optional<Dossier> dossier =
                            phase1 == null ? Optional.empty() : r.dossiers().find(phase1);
                    NationalDossier national = phase1 == null ? null : avis.get(phase1);
                    String structure = dossier.map(d ->
                                    d.structure() == null ? null : d.structure().name())
                            .orElse(national == null ? null : national.row().structure());
                    String region = dossier.map(Dossier::region)
                            .orElse(national == null ? null : national.row().region());
                    return new Phase2WorkbookContent.Row(
                            row.rank(),
                            row.score(),
                            row.view().dossier(),
                            row.view().checks(),
                            structure,
                            region,
                            row.view().link().reason(),
                            row.decision(),
                            row.version() > 0,
                            row.split());
                })
                .toList();
    }
}
