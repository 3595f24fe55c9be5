package fr.ptce.workbench.application;

import static fr.ptce.workbench.domain.CallTime.PARIS;

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
import fr.ptce.workbench.spreadsheet.layout.AvisLine;
import fr.ptce.workbench.spreadsheet.avis.AvisMetadata;
import fr.ptce.workbench.spreadsheet.avis.AvisWorkbookContent;
import fr.ptce.workbench.spreadsheet.avis.AvisWorkbookWriter;
import fr.ptce.workbench.spreadsheet.layout.ReviewLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exports the region's avis workbook for PESSII: one row per dossier of the workspace, every review, the grid and
 * the signed metadata; read in one transaction, written atomically.
 */
public final class ExportAvis {


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


    /**
     * What the user should know before exporting: dossiers without avis, partly scored, of another region. Refused
     * as {@link #toWorkbook} is (identity or region unknown, no dossiers); read in one transaction, nothing written.
     */
    public ExportChecks checks() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return database.inTransaction(r -> {
            Reviewer me = exporter(r);
            List<DossierOutline> dossiers = exported(r);
            Set<String> withAvis = new HashSet<>();
            r.regionAvis().all().forEach(a -> withAvis.add(a.dossierNumber()));
            Set<String> partly = new HashSet<>();
            Map<String, Grid> grids = new HashMap<>();
            for (Review review : r.reviews().all()) {
                if (review.hasScores()) {
                    Grid grid = grids.computeIfAbsent(review.gridId() + ":" + review.gridVersion(),
                            k -> Instruction.gridOf(r, review));
                    if (!grid.totals(review.values()).complete()) {
                        partly.add(review.dossierNumber());
                    }
                }
            }
            String region = FileNames.slug(me.region(), "");
            List<String> withoutAvis = new ArrayList<>();
            List<String> partlyScored = new ArrayList<>();
            List<String> otherRegions = new ArrayList<>();
            for (DossierOutline dossier : dossiers) {
                String number = dossier.number();
                if (!withAvis.contains(number)) {
                    withoutAvis.add(number);
                }
                if (partly.contains(number)) {
                    partlyScored.add(number);
                }
                if (dossier.region() != null && !dossier.region().isBlank()
                        && !FileNames.slug(dossier.region(), "").equals(region)) {
                    otherRegions.add(number);
                }
            }
            return new ExportChecks(me.region(), fileName(me.region(), now), dossiers.size(), withoutAvis,
                    partlyScored, otherRegions);
        });
    }

    /** The default name of the workbook: {@code avis-<région en minuscules sans accents>-<AAAA-MM-JJ>.xlsx}. */
    public static String fileName(String region, OffsetDateTime at) {
        return "avis-" + FileNames.slug(region, "region") + "-" + at.atZoneSameInstant(PARIS).toLocalDate()
                + ".xlsx";
    }

    private AvisWorkbookContent read(Repositories r, OffsetDateTime now, Progress progress) {
        Reviewer me = exporter(r);
        List<DossierOutline> dossiers = exported(r);
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

    /** The user whose region's workbook it is; refused while the identity or the region is unknown. */
    private static Reviewer exporter(Repositories r) {
        Reviewer me = Instruction.user(r);
        if (me.region() == null) {
            throw new InvalidInputException("Indiquez d'abord votre région (identité de l'utilisateur)\u00a0: le"
                    + " classeur d'avis est celui d'une région.");
        }
        return me;
    }

    /** The dossiers of the workbook; refused when there are none. */
    private static List<DossierOutline> exported(Repositories r) {
        List<DossierOutline> dossiers = r.dossiers().outlines();
        if (dossiers.isEmpty()) {
            throw new InvalidInputException("L'espace de travail ne contient aucun dossier\u00a0: importez d'abord un"
                    + " export démarches-simplifiées, puis instruisez les dossiers avant d'exporter les avis.");
        }
        return dossiers;
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
