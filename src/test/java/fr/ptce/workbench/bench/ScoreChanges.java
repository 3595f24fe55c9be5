package fr.ptce.workbench.bench;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random score changes on a workspace's listed dossiers, as P7 and T2 make them: a dossier, a criterion V1–V5 and
 * a value 0–5 drawn from the seed; 20 changes of warm-up, then the measured ones.
 *
 * @param times the time of each measured change, from the use case call to the committed row (ms)
 * @param last the last value given to each "dossier number/criterion"
 */
record ScoreChanges(List<Double> times, Map<String, BigDecimal> last) {

    private static final int WARM_UP = 20;

    static ScoreChanges make(Workspace workspace, long seed, int measured) {
        List<String> numbers = workspace.listDossiers().all().stream()
                .map(DossierSummary::number)
                .toList();
        Random random = new Random(seed);
        List<Double> times = new ArrayList<>();
        Map<String, BigDecimal> last = new HashMap<>();
        for (int i = 0; i < WARM_UP + measured; i++) {
            String number = numbers.get(random.nextInt(numbers.size()));
            String criterion = "V" + (1 + random.nextInt(5));
            BigDecimal value = BigDecimal.valueOf(random.nextInt(6));
            long t0 = System.nanoTime();
            workspace.scoreDossier().setScore(number, criterion, value);
            if (i >= WARM_UP) {
                times.add((System.nanoTime() - t0) / 1e6);
            }
            last.put(number + "/" + criterion, value);
        }
        return new ScoreChanges(times, last);
    }
}
