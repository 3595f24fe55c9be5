package fr.ptce.workbench.application;

import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.check.DossierChecker;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.DossierOutline;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.review.AdmissibilityOverride;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import fr.ptce.workbench.spreadsheet.AvisLine;
import fr.ptce.workbench.spreadsheet.AvisMetadata;
import fr.ptce.workbench.spreadsheet.AvisWorkbookContent;
import fr.ptce.workbench.spreadsheet.AvisWorkbookWriter;
import fr.ptce.workbench.spreadsheet.ReviewLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Exports the region's avis workbook for PESSII: one row per dossier of the workspace, every review, the grid and
 * the signed metadata; read in one transaction, written atomically.
 */
public final class ExportAvis {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Database database;
    private final DossierChecker checker;
    private final Clock clock;

    public ExportAvis(Database database, DossierChecker checker, Clock clock) {
        this.database = database;
        this.checker = checker;
        this.clock = clock;
    }

    /**
     * Writes the workbook to {@code target}, or into it under {@code avis-<région>-<AAAA-MM-JJ>.xlsx} when it is a
     * folder — an existing one, or a new one when the name does not end in {@code .xlsx}, which is created.
     * Refused (nothing written) while the user's identity or region is unknown, or without dossiers.
     */
    public ExportReport toWorkbook(Path target, Progress progress) {
        OffsetDateTime now = OffsetDateTime.now(clock).atZoneSameInstant(PARIS).toOffsetDateTime()
                .truncatedTo(ChronoUnit.SECONDS);
        AvisWorkbookContent content = database.inTransaction(r -> read(r, now, progress));
        Path file = FileNames.xlsxTarget(target, fileName(content.metadata().region(), now));
        String sha256 = AvisWorkbookWriter.write(content, file, progress);
        return new ExportReport(file, content.lines().size(), sha256);
    }


    /** The default name of the workbook: {@code avis-<région en minuscules sans accents>-<AAAA-MM-JJ>.xlsx}. */
    public static String fileName(String region, OffsetDateTime at) {
        return "avis-" + FileNames.slug(region, "region") + "-" + at.atZoneSameInstant(PARIS).toLocalDate()
                + ".xlsx";
    }

    private AvisWorkbookContent read(Repositories r, OffsetDateTime now, Progress progress) {
        Reviewer me = Instruction.user(r);
        if (me.region() == null) {
            throw new InvalidInputException("Indiquez d'abord votre région (identité de l'utilisateur)\u00a0: le"
                    + " classeur d'avis est celui d'une région.");
        }
        List<DossierOutline> dossiers = r.dossiers().outlines();
        if (dossiers.isEmpty()) {
            throw new InvalidInputException("L'espace de travail ne contient aucun dossier\u00a0: importez d'abord un"
                    + " export démarches-simplifiées, puis instruisez les dossiers avant d'exporter les avis.");
        }
        Grid grid = Instruction.latestGrid(r);
        Map<String, List<Review>> reviews = new LinkedHashMap<>();
        r.reviews().all().forEach(v -> reviews.computeIfAbsent(v.dossierNumber(), k -> new ArrayList<>()).add(v));
        Map<String, Avis> avis = new HashMap<>();
        r.regionAvis().all().forEach(a -> avis.put(a.dossierNumber(), a));
        Map<String, AdmissibilityOverride> overrides = new HashMap<>();
        r.overrides().all().forEach(o -> overrides.put(o.dossierNumber(), o));
        List<AvisLine> lines = new ArrayList<>(dossiers.size());
        List<ReviewLine> reviewLines = new ArrayList<>();
        Map<String, Grid> grids = new HashMap<>();
        for (DossierOutline dossier : dossiers) {
            progress.checkCancelled();
            progress.update(lines.size(), dossiers.size(), "Lecture des dossiers\u00a0: " + lines.size() + " / "
                    + dossiers.size());
            String number = dossier.number();
            List<Review> own = reviews.getOrDefault(number, List.of());
            lines.add(AvisLines.of(grid, dossier, admissibility(r, dossier), checker, own,
                    Optional.ofNullable(avis.get(number)), Optional.ofNullable(overrides.get(number)), me));
            for (Review review : own) {
                Grid scoredOn = grids.computeIfAbsent(review.gridId() + ":" + review.gridVersion(),
                        k -> Instruction.gridOf(r, review));
                reviewLines.add(new ReviewLine(review,
                        review.hasScores() ? scoredOn.totals(review.values()).total() : null));
            }
        }
        AvisMetadata metadata =
                new AvisMetadata(me.region(), me.name(), database.workspaceId(), applicationVersion(), now);
        return new AvisWorkbookContent(metadata, grid, lines, reviewLines);
    }

    /**
     * The admissibility the import recorded (the checker's, on the same dossier), else computed on the whole
     * dossier: only a dossier stored without it costs reading its texts.
     */
    private Admissibility admissibility(Repositories r, DossierOutline dossier) {
        return dossier.admissibility() != null ? dossier.admissibility()
                : checker.check(Instruction.dossier(r, dossier.number())).admissibility();
    }

    private static String applicationVersion() {
        String version = ExportAvis.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
