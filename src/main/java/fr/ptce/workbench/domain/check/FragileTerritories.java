package fr.ptce.workbench.domain.check;

import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Territory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Detects fragile territories from a perimeter's INSEE codes: ZRR from the 2021 classification (status C or
 * P) and QPV from the list of communes holding a QPV (the 2024 list, as a proxy). Data shipped with the
 * application under {@code ref/}, sources in its SOURCES.md.
 */
public final class FragileTerritories {

    private static final String ZRR_FILE = "ref/zrr-communes-2021.csv";
    private static final String QPV_FILE = "ref/qpv-2024-communes.csv";

    private final Map<String, String> zrrStatusByInsee;
    private final Set<String> qpvCommunes;

    private FragileTerritories(Map<String, String> zrrStatusByInsee, Set<String> qpvCommunes) {
        this.zrrStatusByInsee = zrrStatusByInsee;
        this.qpvCommunes = qpvCommunes;
    }

    /** The reference lists shipped with the application. */
    public static FragileTerritories shipped() {
        Map<String, String> zrr = new HashMap<>();
        readCsv(ZRR_FILE, columns -> zrr.put(columns[0], columns[4]));
        Set<String> qpv = new HashSet<>();
        readCsv(QPV_FILE, columns -> qpv.add(columns[0]));
        return new FragileTerritories(Map.copyOf(zrr), Set.copyOf(qpv));
    }

    /** The ZRR 2021 status of a commune: {@code C}, {@code P}, {@code NC}, or null when the code is unknown. */
    public String zrrStatus(String insee) {
        return insee == null ? null : zrrStatusByInsee.get(insee);
    }

    public boolean hasQpv(String insee) {
        return insee != null && qpvCommunes.contains(insee);
    }

    /** Whether a commune of the perimeter is classified ZRR (C or P); null when the communes are unknown. */
    public Boolean zrrDetected(Territory territory) {
        return detect(territory, c -> {
            String status = zrrStatus(c.insee());
            return "C".equals(status) || "P".equals(status);
        });
    }

    /** Whether a commune of the perimeter holds a QPV; null when the communes are unknown. */
    public Boolean qpvDetected(Territory territory) {
        return detect(territory, c -> hasQpv(c.insee()));
    }

    private static Boolean detect(Territory territory, java.util.function.Predicate<Commune> test) {
        if (!territory.communesKnown()) {
            return null;
        }
        if (territory.communes().stream().anyMatch(test)) {
            return true;
        }
        boolean allCoded = territory.communes().stream().map(Commune::insee).allMatch(Objects::nonNull);
        return allCoded ? Boolean.FALSE : null;
    }

    private static void readCsv(String resource, java.util.function.Consumer<String[]> row) {
        try (InputStream in = FragileTerritories.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("reference data missing from the application: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    // the reference files quote no field that matters here: codes come first
                    row.accept(line.split(",", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
