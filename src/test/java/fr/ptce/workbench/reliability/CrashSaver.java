package fr.ptce.workbench.reliability;

import fr.ptce.workbench.application.Workspace;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The child of the crash test: opens a workspace and saves through the application layer without end, printing
 * {@code ACK k} once save k is acknowledged (its transaction committed). Save k writes the comment « save k » and
 * the score k mod 6 on criterion V1 of the k-th dossier (round robin), so every acknowledged save is checkable.
 */
public final class CrashSaver {

    private CrashSaver() {}

    /** Arguments: workspace folder, number of the first save. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long k = Long.parseLong(args[1]);
        try (Workspace workspace = Workspace.open(Path.of(args[0]))) {
            List<String> numbers = numbers(workspace);
            out.println("READY");
            while (true) {
                save(workspace, numbers, k);
                out.println("ACK " + k);
                k++;
            }
        }
    }

    static List<String> numbers(Workspace workspace) {
        return workspace.listDossiers().all().stream()
                .map(d -> d.number())
                .sorted()
                .toList();
    }

    static String dossierOf(List<String> numbers, long k) {
        return numbers.get((int) (k % numbers.size()));
    }

    static void save(Workspace workspace, List<String> numbers, long k) {
        workspace
                .scoreDossier()
                .setScores(dossierOf(numbers, k), Map.of("V1", BigDecimal.valueOf(k % 6)), Map.of("V1", "save " + k));
    }
}
