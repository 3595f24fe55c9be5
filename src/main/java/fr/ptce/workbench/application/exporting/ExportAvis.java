package fr.ptce.workbench.application.exporting;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.application.common.FileNames;
import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.application.common.InvalidInputException;
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
import fr.ptce.workbench.spreadsheet.avis.AvisMetadata;
import fr.ptce.workbench.spreadsheet.avis.AvisWorkbookContent;
import fr.ptce.workbench.spreadsheet.avis.AvisWorkbookWriter;
import fr.ptce.workbench.spreadsheet.layout.AvisLine;
import fr.ptce.workbench.spreadsheet.layout.ReviewLine;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exports the region's avis workbook for PESSII: one row per dossier of the user's region (or of every region, when
 * chosen), every review, the grid and the signed metadata; read in one transaction, written atomically.
 */
public final class ExportAvis {

    /** Which dossiers the workbook holds. */
    public enum Scope {
        /** The dossiers of the user's region, and those whose region the export does not give. */
        OWN_REGION,
        /** Every dossier of the workspace, each with its own region. */
        ALL_REGIONS
    }

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
     * Refused (nothing written) while the user's identity or region is unknown, or without dossiers in the scope.
     */
    public ExportReport toWorkbook(Path target, Scope scope, Progress progress) {
        OffsetDateTime now = OffsetDateTime.now(clock)
                .atZoneSameInstant(PARIS)
                .toOffsetDateTime()
                .truncatedTo(ChronoUnit.SECONDS);
        AvisWorkbookContent content = database.inTransaction(r -> read(r, scope, now, progress));
        Path file = FileNames.xlsxTarget(target, fileName(content.metadata().region(), now));
        String sha256 = AvisWorkbookWriter.write(content, file, progress);
        return new ExportReport(file, content.lines().size(), sha256);
    }

    /**
     * What the user should know before exporting the own region's workbook: its dossiers without avis or partly
     * scored, and the dossiers of other regions it leaves out. Refused as {@link #toWorkbook} is (identity or region
     * unknown, no dossiers); read in one transaction, nothing written.
     */
    public ExportChecks checks() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return database.inTransaction(r -> {
            Reviewer me = exporter(r);
            List<DossierOutline> dossiers = exported(r, me, Scope.ALL_REGIONS);
            Set<String> withAvis = new HashSet<>();
            r.regionAvis().all().forEach(a -> withAvis.add(a.dossierNumber()));
            Set<String> partly = new HashSet<>();
            Map<String, Grid> grids = new HashMap<>();
            for (Review review : r.reviews().all()) {
                if (review.hasScores()) {
                    Grid grid = grids.computeIfAbsent(
                            review.gridId() + ":" + review.gridVersion(), k -> Instruction.gridOf(r, review));
                    if (!grid.totals(review.values()).complete()) {
                        partly.add(review.dossierNumber());
                    }
                }
            }
            List<String> withoutAvis = new ArrayList<>();
            List<String> partlyScored = new ArrayList<>();
            List<String> otherRegions = new ArrayList<>();
            for (DossierOutline dossier : dossiers) {
                String number = dossier.number();
                if (!ofRegion(dossier, me)) {
                    otherRegions.add(number);
                    continue;
                }
                if (!withAvis.contains(number)) {
                    withoutAvis.add(number);
                }
                if (partly.contains(number)) {
                    partlyScored.add(number);
                }
            }
            return new ExportChecks(
                    me.region(),
                    fileName(me.region(), now),
                    dossiers.size() - otherRegions.size(),
                    withoutAvis,
                    partlyScored,
                    otherRegions);
        });
    }

    /** The default name of the workbook: {@code avis-<région en minuscules sans accents>-<AAAA-MM-JJ>.xlsx}. */
    public static String fileName(String region, OffsetDateTime at) {
        return "avis-" + FileNames.slug(region, "region") + "-"
                + at.atZoneSameInstant(PARIS).toLocalDate() + ".xlsx";
    }

    private AvisWorkbookContent read(Repositories r, Scope scope, OffsetDateTime now, Progress progress) {
        Reviewer me = exporter(r);
        List<DossierOutline> dossiers = exported(r, me, scope);
        Grid grid = Instruction.latestGrid(r);
        Map<String, List<Review>> reviews = new LinkedHashMap<>();
        r.reviews()
                .all()
                .forEach(v -> reviews.computeIfAbsent(v.dossierNumber(), k -> new ArrayList<>())
                        .add(v));
        Map<String, Avis> avis = new HashMap<>();
        r.regionAvis().all().forEach(a -> avis.put(a.dossierNumber(), a));
        Map<String, AdmissibilityOverride> overrides = new HashMap<>();
        r.overrides().all().forEach(o -> overrides.put(o.dossierNumber(), o));
        List<AvisLine> lines = new ArrayList<>(dossiers.size());
        List<ReviewLine> reviewLines = new ArrayList<>();
        Map<String, Grid> grids = new HashMap<>();
        for (DossierOutline dossier : dossiers) {
            progress.checkCancelled();
            progress.update(
                    lines.size(),
                    dossiers.size(),
                    "Lecture des dossiers\u00a0: " + lines.size() + " / " + dossiers.size());
            String number = dossier.number();
            List<Review> own = reviews.getOrDefault(number, List.of());
            lines.add(AvisLines.of(
                    grid,
                    dossier,
                    admissibility(r, dossier),
                    checker,
                    own,
                    Optional.ofNullable(avis.get(number)),
                    Optional.ofNullable(overrides.get(number)),
                    me));
            for (Review review : own) {
                Grid scoredOn = grids.computeIfAbsent(
                        review.gridId() + ":" + review.gridVersion(), k -> Instruction.gridOf(r, review));
                reviewLines.add(new ReviewLine(
                        review,
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
    private static List<DossierOutline> exported(Repositories r, Reviewer me, Scope scope) {
        List<DossierOutline> all = r.dossiers().outlines();
        if (all.isEmpty()) {
            throw new InvalidInputException("L'espace de travail ne contient aucun dossier\u00a0: importez d'abord un"
                    + " export démarches-simplifiées, puis instruisez les dossiers avant d'exporter les avis.");
        }
        if (scope == Scope.ALL_REGIONS) {
            return all;
        }
        List<DossierOutline> own = all.stream().filter(d -> ofRegion(d, me)).toList();
        if (own.isEmpty()) {
            throw new InvalidInputException("Aucun des " + all.size() + " dossiers de l'espace de travail n'est de la"
                    + " région «\u00a0" + me.region() + "\u00a0»\u00a0: vérifiez votre région (identité de"
                    + " l'utilisateur), ou exportez les dossiers de toutes les régions.");
        }
        return own;
    }

    /** Whether the dossier is of the user's region (accents and case aside), or its region is not given. */
    private static boolean ofRegion(DossierOutline dossier, Reviewer me) {
        return dossier.region() == null
                || dossier.region().isBlank()
                || FileNames.slug(dossier.region(), "").equals(FileNames.slug(me.region(), ""));
    }

    /**
     * The admissibility the import recorded (the checker's, on the same dossier), else computed on the whole
     * dossier: only a dossier stored without it costs reading its texts.
     */
    private Admissibility admissibility(Repositories r, DossierOutline dossier) {
        return dossier.admissibility() != null
                ? dossier.admissibility()
                : checker.check(Instruction.dossier(r, dossier.number())).admissibility();
    }

    private static String applicationVersion() {
        String version = ExportAvis.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
