package fr.ptce.workbench.spreadsheet.ds.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Region and département codes DS adds beside a name in the current export format (INSEE COG). */
final class DsReferenceData {

    private static final Map<String, String> REGION_CODES = Map.ofEntries(
            Map.entry("Guadeloupe", "01"),
            Map.entry("Martinique", "02"),
            Map.entry("Guyane", "03"),
            Map.entry("La Réunion", "04"),
            Map.entry("Mayotte", "06"),
            Map.entry("Île-de-France", "11"),
            Map.entry("Centre-Val de Loire", "24"),
            Map.entry("Bourgogne-Franche-Comté", "27"),
            Map.entry("Normandie", "28"),
            Map.entry("Hauts-de-France", "32"),
            Map.entry("Grand Est", "44"),
            Map.entry("Pays de la Loire", "52"),
            Map.entry("Bretagne", "53"),
            Map.entry("Nouvelle-Aquitaine", "75"),
            Map.entry("Occitanie", "76"),
            Map.entry("Auvergne-Rhône-Alpes", "84"),
            Map.entry("Provence-Alpes-Côte d'Azur", "93"),
            Map.entry("Corse", "94"));

    private static final Map<String, String> DEPARTEMENTS = load();

    private DsReferenceData() {}

    /** The INSEE code of a region name, null when unknown. */
    static String regionCode(String region) {
        return region == null ? null : REGION_CODES.get(region);
    }

    /** The {@code 78 – Yvelines} value DS writes for the département of a commune, null when unknown. */
    static String departementOf(String insee) {
        if (insee == null || insee.length() != 5) {
            return null;
        }
        String code = insee.startsWith("97") ? insee.substring(0, 3) : insee.substring(0, 2);
        String name = DEPARTEMENTS.get(code);
        return name == null ? null : code + " – " + name;
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        try (InputStream in = DsReferenceData.class.getResourceAsStream("departements.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(line -> line.split("\t"))
                    .filter(parts -> parts.length == 2)
                    .forEach(parts -> names.put(parts[0], parts[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(names);
    }
}
