package fr.ptce.workbench.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the benchmark table and writes {@code bench.json}: the benchmark's only console output. */
final class Report {

    private Report() {}

    /** Empties the bench folder: every run starts from fresh inputs and workspaces. */
    static void clean(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(folder);
    }

    static void write(Path folder, List<Result> results) throws IOException {
        PrintStream out =
                new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        out.println();
        out.println("| # | measure | value | baseline | ratio | budget | pass | note |");
        out.println("|---|---|---|---|---|---|---|---|");
        List<Map<String, Object>> json = new ArrayList<>();
        for (Result r : results) {
            boolean absolute = Double.isNaN(r.baseline());
            out.printf(
                    Locale.ROOT,
                    "| %s | %s | %.1f %s | %s | %s | %s | %s | %s |%n",
                    r.id(),
                    r.what(),
                    r.measure(),
                    r.unit(),
                    absolute ? "—" : String.format(Locale.ROOT, "%.1f %s", r.baseline(), r.unit()),
                    absolute ? "—" : String.format(Locale.ROOT, "%.2f", r.ratio()),
                    absolute
                            ? String.format(Locale.ROOT, "≤ %.0f %s", r.budget(), r.unit())
                            : String.format(Locale.ROOT, "≤ %.1f ×", r.budget()),
                    r.pass() ? "pass" : "FAIL",
                    r.note());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("measure", r.what());
            row.put("unit", r.unit());
            row.put("value", r.measure());
            row.put("baseline", absolute ? null : r.baseline());
            row.put("ratio", absolute ? null : r.ratio());
            row.put("budget", r.budget());
            row.put("budgetKind", absolute ? "absolute" : "ratio");
            row.put("pass", r.pass());
            row.put("note", r.note());
            json.add(row);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("date", OffsetDateTime.now().toString());
        document.put("java", System.getProperty("java.version"));
        document.put("processors", Runtime.getRuntime().availableProcessors());
        document.put("runs", Integer.getInteger("bench.runs", 3));
        document.put("results", json);
        Path file = folder.resolve("bench.json");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
        out.println();
        out.println("JSON: " + file);
    }
}
