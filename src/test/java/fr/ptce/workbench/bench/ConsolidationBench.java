package fr.ptce.workbench.bench;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.application.national.ConsolidationReport;
import fr.ptce.workbench.application.samples.SyntheticDossiers;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DsEra;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.spreadsheet.ds.synthetic.DsExportWriter;
import fr.ptce.workbench.spreadsheet.xlsx.BareXlsx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * P5: PESSII's consolidation of the regions' avis workbooks. The inputs are genuine exports: the bench's 5,000
 * generated dossiers (seed 5) split by region into one DS export per region, each imported into its own
 * workspace whose user is that region's correspondent, then exported with {@code ExportAvis}; they are made once
 * and kept in {@code regions/} for later runs ({@code -Dbench.reuse=true}).
 */
final class ConsolidationBench {

    private static final long SEED = 5;
    private static final int COUNT = 5000;

    private final Path folder;
    private final int runs;

    ConsolidationBench(Path folder, int runs) {
        this.folder = folder.resolve("regions");
        this.runs = runs;
    }

    /** Measures the consolidation into a fresh PESSII workspace against a bare SAX pass over the same files. */
    Result measure() {
        List<Path> workbooks = regionalWorkbooks();
        List<Double> bare = Stats.time(runs, () -> () -> workbooks.forEach(BareXlsx::touchEveryCell));
        int[] next = {0};
        List<Workspace> opened = new ArrayList<>();
        ConsolidationReport[] last = {null};
        List<Double> consolidations = Stats.time(runs, () -> {
            // opening (and migrating) the fresh workspace is not the consolidation: done before the clock starts
            opened.forEach(Workspace::close);
            opened.clear();
            Workspace pessii = Workspace.open(fresh(folder.resolve("pessii-" + next[0]++)));
            opened.add(pessii);
            return () -> last[0] = pessii.consolidateAvis().importFiles(workbooks, Progress.NONE);
        });
        opened.forEach(Workspace::close);
        long rows = last[0].files().stream().mapToLong(o -> o.rows()).sum();
        if (rows != COUNT) {
            throw new IllegalStateException("consolidated " + rows + " rows, not " + COUNT + ": " + last[0]);
        }
        return new Result(
                "P5",
                "PESSII consolidation of " + workbooks.size() + " regional avis workbooks, " + rows + " rows",
                Stats.median(consolidations),
                Stats.median(bare),
                1.5,
                "ms",
                String.format(
                        Locale.ROOT,
                        "baseline: bare SAX pass over the %d files; %.1f MB of xlsx",
                        workbooks.size(),
                        workbooks.stream().mapToLong(ConsolidationBench::size).sum() / 1048576.0));
    }

    private List<Path> regionalWorkbooks() {
        Path avis = folder.resolve("avis");
        if (Files.isDirectory(avis)) {
            try (Stream<Path> files = Files.list(avis)) {
                return files.sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        TreeSet<String> regions = new TreeSet<>();
        dossiers().forEach(d -> regions.add(d.region()));
        List<Path> workbooks = new ArrayList<>();
        for (String region : regions) {
            String slug = String.format(Locale.ROOT, "r%02d", workbooks.size() + 1);
            Path export = folder.resolve(slug).resolve("dossiers.xlsx");
            DsExportWriter.writeXlsx(
                    () -> dossiers().filter(d -> region.equals(d.region())).iterator(),
                    DsEra.Y2021,
                    DsEra.Y2021.defaultExportTime(),
                    mkdirs(export));
            try (Workspace workspace = Workspace.open(folder.resolve(slug).resolve("ws"))) {
                workspace.importDossiers().fromFile(export, ColumnMapping.NONE, Progress.NONE);
                workspace
                        .workspaceUser()
                        .set(new Reviewer(
                                "Correspondant " + region, slug + "@example.org", ReviewerRole.CORRESPONDENT, region));
                // the workbook's default name, avis-<région>-<date>.xlsx, in the avis folder
                workbooks.add(workspace
                        .exportAvis()
                        .toWorkbook(avis, ExportAvis.Scope.ALL_REGIONS, Progress.NONE)
                        .file());
            }
        }
        return workbooks;
    }

    private static Stream<Dossier> dossiers() {
        return StreamSupport.stream(SyntheticDossiers.stream(SEED, COUNT).spliterator(), false);
    }

    /** The folder, emptied: a workspace left by an earlier run would already hold the files. */
    private static Path fresh(Path workspace) {
        try {
            Report.clean(workspace);
            return workspace;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path mkdirs(Path file) {
        try {
            Files.createDirectories(file.getParent());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        return file.toFile().length();
    }
}
