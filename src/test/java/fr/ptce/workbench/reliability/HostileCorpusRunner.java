package fr.ptce.workbench.reliability;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.FileOutcome;
import fr.ptce.workbench.application.importing.ImportReport;
import fr.ptce.workbench.application.kit.KitDecisions;
import fr.ptce.workbench.cli.CommandLineRun;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Runs the hostile corpus in its own JVM (the test starts it with {@code -Xmx256m}): a workspace with the October
 * sample and a genuine avis workbook, then each case, one line each: {@code CASE|ok-or-FAIL|file|entry|message}.
 * Every refused case must leave the store's content digest unchanged. Exit status 0 when every case holds.
 */
public final class HostileCorpusRunner {

    private HostileCorpusRunner() {}

    /** Argument: a scratch folder. */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args[0].equals("--table")) {
            out.println(HostileCorpusTest.table()); // regenerates the table of reliability.md
            return;
        }
        Path scratch = Path.of(args[0]);
        Path workspace = scratch.resolve("espace");
        Path sample = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, scratch);
        CommandLineRun.of("import", "--workspace", workspace.toString(), sample.toString())
                .ok();
        CommandLineRun.correspondent(workspace.toString(), "Bretagne");
        String first;
        try (Workspace open = Workspace.open(workspace)) {
            first = open.listDossiers().all().get(0).number();
        }
        CommandLineRun.of(
                        "avis",
                        "--workspace",
                        workspace.toString(),
                        "--dossier",
                        first,
                        "--recommendation",
                        "reserves",
                        "--motivation",
                        "Projet solide, gouvernance à préciser.")
                .ok();
        CommandLineRun.of(
                        "export-avis",
                        "--workspace",
                        workspace.toString(),
                        "--out",
                        scratch.resolve(HostileCorpus.GENUINE_AVIS).toString(),
                        "--all-regions")
                .ok();
        String expert = "odile.ferrand@example.org";
        CommandLineRun.of(
                        "kit",
                        "expert",
                        "--workspace",
                        workspace.toString(),
                        "--name",
                        "Odile Ferrand",
                        "--email",
                        expert)
                .ok();
        CommandLineRun.of("kit", "assign", "--workspace", workspace.toString(), "--expert", expert, "--dossier", first)
                .ok();
        CommandLineRun.of(
                        "kit",
                        "export",
                        "--workspace",
                        workspace.toString(),
                        "--expert",
                        expert,
                        "--out",
                        scratch.resolve(HostileCorpus.GENUINE_KIT).toString())
                .ok();
        int failures = 0;
        List<HostileCase> cases = HostileCorpus.cases();
        try (Workspace store = Workspace.open(workspace)) {
            String before = store.contentDigest();
            int index = 0;
            for (HostileCase c : cases) {
                Path folder = Files.createDirectories(scratch.resolve("cas-" + (++index)));
                String message;
                boolean ok;
                try {
                    Path file = c.builder().build(folder);
                    message = c.refused() ? refusal(store, c, file, folder) : handled(c, file);
                    // the expected fragments are written with plain spaces (they make the table of reliability.md);
                    // the messages' typography puts non-breaking ones before « : » and inside « »
                    ok = message.replace('\u00a0', ' ').contains(c.expected())
                            && (!c.refused() || message.contains(c.file()))
                            && before.equals(store.contentDigest());
                    if (!before.equals(store.contentDigest())) {
                        message = "STORE CHANGED: " + message;
                    }
                } catch (Throwable e) {
                    ok = false;
                    message = "UNEXPECTED " + e;
                }
                failures += ok ? 0 : 1;
                out.println("CASE|" + (ok ? "ok" : "FAIL") + "|" + c.file() + "|" + c.entry() + "|"
                        + message.replace('\n', ' ').replace('\r', ' ').replace('|', '¦'));
            }
        }
        out.println("CASES " + cases.size() + " FAILURES " + failures + " MAXHEAP "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        System.exit(failures == 0 ? 0 : 1);
    }

    /** The refusal message, or a line saying the file was accepted. */
    private static String refusal(Workspace store, HostileCase c, Path file, Path folder) {
        try {
            switch (c.entry()) {
                case IMPORT -> {
                    ImportReport report = store.importDossiers().fromFile(file, ColumnMapping.NONE, Progress.NONE);
                    return "ACCEPTED " + report.summary();
                }
                case CONSOLIDATE -> {
                    FileOutcome outcome = store.consolidateAvis()
                            .importFiles(List.of(file), Progress.NONE)
                            .files()
                            .get(0);
                    return (FileOutcome.Status.REFUSED.equals(outcome.status()) ? "" : "ACCEPTED ") + outcome.message();
                }
                case RESTORE -> {
                    Workspace.restore(file, folder.resolve("restaure"));
                    return "ACCEPTED";
                }
                case KIT -> {
                    return "ACCEPTED "
                            + store.importKit()
                                    .importKit(file, KitDecisions.NONE)
                                    .saved();
                }
                default -> throw new IllegalStateException("no runner yet for " + c.entry());
            }
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }

    /** Imports into a scratch workspace and reads back the project name the file carries. */
    private static String handled(HostileCase c, Path file) {
        try (Workspace scratch = Workspace.inMemory(Clock.systemDefaultZone())) {
            scratch.importDossiers().fromFile(file, ColumnMapping.NONE, Progress.NONE);
            List<String> names = scratch.readDossiers().all().stream()
                    .map(v -> v.dossier().projectName())
                    .toList();
            String start = c.expected().substring(0, 4);
            return names.contains(c.expected())
                    ? c.expected()
                    : "NOT READ BACK AS TYPED: "
                            + names.stream()
                                    .filter(n -> n != null && n.startsWith(start))
                                    .map(n -> n.replace("\t", "\\t")
                                            .replace("\r", "\\r")
                                            .replace("\n", "\\n"))
                                    .toList();
        }
    }
}
