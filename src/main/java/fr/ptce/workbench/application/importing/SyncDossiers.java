package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.application.common.DsApiAccess;
import fr.ptce.workbench.application.common.DsOnlineException;
import fr.ptce.workbench.domain.CallTime;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.RowProblem;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.ProcedureKey;
import fr.ptce.workbench.online.ds.DsApiClient;
import fr.ptce.workbench.online.ds.DsApiException;
import fr.ptce.workbench.online.ds.DsApiSheet;
import fr.ptce.workbench.online.ds.DsDossierReader;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.spreadsheet.ds.DsSheet;
import fr.ptce.workbench.spreadsheet.ds.DsSheetKind;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ds sync}: reads a procedure's dossiers from DS's API v2 and imports them through the same path as an export
 * file ({@link ImportDossiers}: same checks, same change report). Every page is read before the import's transaction
 * opens, so a cut connection or an error on any page imports nothing. The first sync reads every dossier; later ones
 * only those DS updated since the last successful sync (its time is stored in the workspace with the import), and
 * leave the others as they are.
 */
public final class SyncDossiers {

    /** The workspace setting holding the last successful sync's start, per procedure: {@code ds.sync.12345}. */
    static final String LAST_SYNC = "ds.sync.";

    /** Asked from DS earlier than the last sync's start, for a clock that differs between DS and this computer. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(5);

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu 'à' HH:mm");

    private final ImportDossiers importer;
    private final Database database;
    private final Clock clock;

    public SyncDossiers(ImportDossiers importer, Database database, Clock clock) {
        this.importer = importer;
        this.database = database;
        this.clock = clock;
    }

    /** What a sync did: the import's report, the time asked from ({@code null}: every dossier), the pages read. */
    public record SyncReport(ImportReport report, OffsetDateTime updatedSince, int pages) {}

    /** The start of the last successful sync of this procedure, if any. */
    public Optional<OffsetDateTime> lastSync(int procedure) {
        return database.inTransaction(r -> r.settings().find(LAST_SYNC + procedure))
                .flatMap(SyncDossiers::parse);
    }

    /**
     * Syncs the procedure.
     *
     * @param everything whether to read every dossier even after an earlier sync
     * @param confirmed whether a full sync that shares no dossier with a workspace holding some is wanted anyway
     * @throws DsOnlineException when DS cannot be reached, refuses the token or the request, or answers amiss;
     *     nothing is imported
     * @throws ImportConfirmationRequiredException as an import does; nothing is imported
     */
    public SyncReport sync(
            DsApiAccess access, int procedure, boolean everything, boolean confirmed, Progress progress) {
        OffsetDateTime startedAt = OffsetDateTime.now(clock);
        OffsetDateTime since = everything
                ? null
                : lastSync(procedure).map(t -> t.minus(CLOCK_MARGIN)).orElse(null);
        DsDossierReader.Read read;
        try {
            read = new DsDossierReader(new DsApiClient(access.endpoint(), access.token()), DsDossierReader.PAGE_SIZE)
                    .read(procedure, since, progress);
        } catch (DsApiException e) {
            throw new DsOnlineException("Rien n'a été importé\u00a0: " + e.getMessage(), e);
        }
        String name = "démarches-simplifiées, démarche " + procedure + " (API)";
        ImportDossiers.Source source = new ImportDossiers.Source(name, "api", ProcedureKey.UNKNOWN, since == null);
        ImportReport report = importer.run(
                source,
                ColumnMapping.NONE,
                confirmed,
                (sink, repositories) -> {
                    stream(read.sheets(), name, sink);
                    repositories.settings().put(LAST_SYNC + procedure, startedAt.toString());
                    return new ImportDossiers.Streamed("api", List.<RowProblem>of(), notes(since, read));
                },
                progress);
        return new SyncReport(report, since, read.pages());
    }

    private static void stream(List<DsApiSheet> sheets, String name, PhaseSink sink) {
        for (DsApiSheet table : sheets) {
            DsSheet sheet = new DsSheet(
                    DsSheetKind.valueOf(table.kind().name()),
                    table.kind() == DsApiSheet.Kind.DOSSIERS ? name : table.name(),
                    table.headers(),
                    false,
                    false,
                    false,
                    false);
            sink.sheet(sheet);
            long rowNumber = 1;
            for (List<String> row : table.rows()) {
                sink.row(sheet, ++rowNumber, row);
            }
        }
    }

    private static List<String> notes(OffsetDateTime since, DsDossierReader.Read read) {
        List<String> notes = new ArrayList<>();
        notes.add("Lu depuis l'API de démarches-simplifiées\u00a0: "
                + read.numbers().size() + " dossier"
                + (read.numbers().size() > 1 ? "s" : "") + " en " + read.pages() + " page"
                + (read.pages() > 1 ? "s" : "") + ".");
        if (since != null) {
            notes.add("Synchronisation partielle\u00a0: seuls les dossiers modifiés depuis le "
                    + since.atZoneSameInstant(CallTime.PARIS).format(DAY_AND_TIME)
                    + " ont été lus\u00a0; les autres restent tels quels (--all pour tout relire).");
        }
        return notes;
    }

    private static Optional<OffsetDateTime> parse(String value) {
        try {
            return Optional.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
