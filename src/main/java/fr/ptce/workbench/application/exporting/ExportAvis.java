package fr.ptce.workbench.application.exporting;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.application.common.FileNames;
import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.check.DossierChecker;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.DossierOutline;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
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
import java.util.Collection;
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
        return toWorkbook(target, scope, Phase.ONE, progress);
    }

    /**
     * Writes the workbook of a phase, as {@link #toWorkbook(Path, Scope, Progress)}: phase 2's is a workbook of its
     * own ({@code avis-phase-2-<région>-<AAAA-MM-JJ>.xlsx}, metadata {@code phase = 2}) with the phase-2 dossiers,
     * their reviews and avis on the phase-2 grid; a phase-2 dossier's region is its phase-1 dossier's.
     */
    public ExportReport toWorkbook(Path target, Scope scope, Phase phase, Progress progress) {
        OffsetDateTime now = OffsetDateTime.now(clock)
                .atZoneSameInstant(PARIS)
                .toOffsetDateTime()
                .truncatedTo(ChronoUnit.SECONDS);
        if (phase == Phase.ONE) {
            // the lines are read on a second thread while the rows are written (performance.md, P4 fifth pass)
            try (LineFeed feed = new LineFeed(f -> database.inTransaction(r -> read(r, scope, now, progress, f)))) {
                LineFeed.Header header = feed.header();
                Path file =
                        FileNames.xlsxTarget(target, fileName(header.metadata().region(), now, phase));
                String sha256 = AvisWorkbookWriter.write(
                        header.metadata(), header.grid(), header.total(), feed, feed::reviews, file, progress);
                return new ExportReport(file, feed.taken(), sha256);
            }
        }
        AvisWorkbookContent content = database.inTransaction(r -> readPhase2(r, scope, now, progress));
        Path file = FileNames.xlsxTarget(target, fileName(content.metadata().region(), now, phase));
        String sha256 = AvisWorkbookWriter.write(content, file, progress);
        return new ExportReport(file, content.lines().size(), sha256);
    }

    /** The checks before phase 1's workbook (see {@link #checks(Phase)}). */
    public ExportChecks checks() {
        return checks(Phase.ONE);
    }

    /**
     * What the user should know before exporting the own region's workbook of a phase: its dossiers without avis or
     * partly scored, and the dossiers of other regions it leaves out (a phase-2 dossier's region is its phase-1
     * dossier's). Refused as {@link #toWorkbook} is (identity or region unknown, no dossiers); read in one
     * transaction, nothing written.
     */
    public ExportChecks checks(Phase phase) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return database.inTransaction(r -> {
            Reviewer me = exporter(r);
            Map<String, String> regions = phase == Phase.TWO ? phase2Regions(r) : phase1Regions(r, me);
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
            regions.forEach((number, region) -> {
                if (!ofRegion(region, me)) {
                    otherRegions.add(number);
                    return;
                }
                if (!withAvis.contains(number)) {
                    withoutAvis.add(number);
                }
                if (partly.contains(number)) {
                    partlyScored.add(number);
                }
            });
            return new ExportChecks(
                    me.region(),
                    fileName(me.region(), now, phase),
                    regions.size() - otherRegions.size(),
                    withoutAvis,
                    partlyScored,
                    otherRegions);
        });
    }

    /** Every phase-1 dossier's region, in workspace order; refused when there are none. */
    private static Map<String, String> phase1Regions(Repositories r, Reviewer me) {
        Map<String, String> regions = new LinkedHashMap<>();
        exported(r, me, Scope.ALL_REGIONS).forEach(d -> regions.put(d.number(), d.region()));
        return regions;
    }

    /** Every phase-2 dossier's region (its phase-1 dossier's); refused when there are none. */
    private static Map<String, String> phase2Regions(Repositories r) {
        Collection<Phase2Dossier> dossiers = r.phase2().all().values();
        if (dossiers.isEmpty()) {
            throw noPhase2();
        }
        Map<String, String> regions = new LinkedHashMap<>();
        for (Phase2Dossier dossier : dossiers) {
            Optional<DossierOutline> phase1 = dossier.phase1Number() == null
                    ? Optional.empty()
                    : r.dossiers().outline(dossier.phase1Number());
            regions.put(dossier.number(), Phase2AvisLines.region(phase1));
        }
        return regions;
    }

    private static InvalidInputException noPhase2() {
        return new InvalidInputException("L'espace de travail ne contient aucun dossier de phase 2\u00a0: importez"
                + " d'abord l'export des dossiers additionnels (phase2 import), puis instruisez-les.");
    }

    /** The default name of the workbook: {@code avis-<région en minuscules sans accents>-<AAAA-MM-JJ>.xlsx}. */
    public static String fileName(String region, OffsetDateTime at) {
        return fileName(region, at, Phase.ONE);
    }

    /** The default name of a phase's workbook: phase 2's is {@code avis-phase-2-<région>-<AAAA-MM-JJ>.xlsx}. */
    public static String fileName(String region, OffsetDateTime at, Phase phase) {
        return "avis-" + (phase == Phase.TWO ? "phase-2-" : "") + FileNames.slug(region, "region") + "-"
                + at.atZoneSameInstant(PARIS).toLocalDate() + ".xlsx";
    }

    private AvisWorkbookContent readPhase2(Repositories r, Scope scope, OffsetDateTime now, Progress progress) {
        Reviewer me = exporter(r);
        Collection<Phase2Dossier> dossiers = r.phase2().all().values();
        if (dossiers.isEmpty()) {
            throw noPhase2();
        }
        Grid grid = Instruction.latestGrid(r, Phase.TWO);
        Map<String, List<Review>> reviews = reviewsByDossier(r);
        Map<String, Avis> avis = new HashMap<>();
        r.regionAvis().all().forEach(a -> avis.put(a.dossierNumber(), a));
        List<AvisLine> lines = new ArrayList<>();
        List<ReviewLine> reviewLines = new ArrayList<>();
        Map<String, Grid> grids = new HashMap<>();
        int read = 0;
        for (Phase2Dossier dossier : dossiers) {
            progress.checkCancelled();
            progress.update(
                    read,
                    dossiers.size(),
                    "Lecture des dossiers de phase 2\u00a0: " + read++ + " / " + dossiers.size());
            Optional<DossierOutline> phase1 = dossier.phase1Number() == null
                    ? Optional.empty()
                    : r.dossiers().outline(dossier.phase1Number());
            if (scope == Scope.OWN_REGION && !ofRegion(Phase2AvisLines.region(phase1), me)) {
                continue;
            }
            List<Review> own = reviews.getOrDefault(dossier.number(), List.of());
            lines.add(Phase2AvisLines.of(grid, dossier, phase1, own, Optional.ofNullable(avis.get(dossier.number()))));
            addReviewLines(r, own, grids, reviewLines);
        }
        if (lines.isEmpty()) {
            throw new InvalidInputException("Aucun des " + dossiers.size() + " dossiers de phase 2 n'est de la région"
                    + " «\u00a0" + me.region() + "\u00a0»\u00a0: vérifiez votre région (identité de l'utilisateur),"
                    + " ou exportez les dossiers de toutes les régions.");
        }
        AvisMetadata metadata =
                new AvisMetadata(me.region(), me.name(), database.workspaceId(), applicationVersion(), now, 2);
        return new AvisWorkbookContent(metadata, grid, lines, reviewLines);
    }

    private static Map<String, List<Review>> reviewsByDossier(Repositories r) {
        Map<String, List<Review>> reviews = new LinkedHashMap<>();
        r.reviews()
                .all()
                .forEach(v -> reviews.computeIfAbsent(v.dossierNumber(), k -> new ArrayList<>())
                        .add(v));
        return reviews;
    }

    private static void addReviewLines(
            Repositories r, List<Review> own, Map<String, Grid> grids, List<ReviewLine> reviewLines) {
        for (Review review : own) {
            Grid scoredOn = grids.computeIfAbsent(
                    review.gridId() + ":" + review.gridVersion(), k -> Instruction.gridOf(r, review));
            reviewLines.add(new ReviewLine(
                    review,
                    review.hasScores() ? scoredOn.totals(review.values()).total() : null));
        }
    }

    /** Reads phase 1's lines into the feed: the header first, then each dossier's line, then the reviews. */
    private Void read(Repositories r, Scope scope, OffsetDateTime now, Progress progress, LineFeed feed) {
        Reviewer me = exporter(r);
        List<DossierOutline> dossiers = exported(r, me, scope);
        Grid grid = Instruction.latestGrid(r);
        Map<String, List<Review>> reviews = reviewsByDossier(r);
        Map<String, Avis> avis = new HashMap<>();
        r.regionAvis().all().forEach(a -> avis.put(a.dossierNumber(), a));
        Map<String, AdmissibilityOverride> overrides = new HashMap<>();
        r.overrides().all().forEach(o -> overrides.put(o.dossierNumber(), o));
        long reviewCount = dossiers.stream()
                .mapToLong(d -> reviews.getOrDefault(d.number(), List.of()).size())
                .sum();
        AvisMetadata metadata =
                new AvisMetadata(me.region(), me.name(), database.workspaceId(), applicationVersion(), now);
        feed.start(new LineFeed.Header(metadata, grid, dossiers.size() + reviewCount));
        List<ReviewLine> reviewLines = new ArrayList<>();
        Map<String, Grid> grids = new HashMap<>();
        AvisLines.Memo memo = new AvisLines.Memo();
        for (DossierOutline dossier : dossiers) {
            progress.checkCancelled();
            String number = dossier.number();
            List<Review> own = reviews.getOrDefault(number, List.of());
            feed.put(AvisLines.of(
                    grid,
                    dossier,
                    admissibility(r, dossier),
                    checker,
                    own,
                    Optional.ofNullable(avis.get(number)),
                    Optional.ofNullable(overrides.get(number)),
                    me,
                    memo));
            addReviewLines(r, own, grids, reviewLines);
        }
        feed.finish(reviewLines);
        return null;
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
        return ofRegion(dossier.region(), me);
    }

    private static boolean ofRegion(String region, Reviewer me) {
        return region == null || region.isBlank() || FileNames.slug(region, "").equals(FileNames.slug(me.region(), ""));
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
