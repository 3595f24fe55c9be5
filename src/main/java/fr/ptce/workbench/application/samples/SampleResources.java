package fr.ptce.workbench.application.samples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The embedded text banks of the synthetic dossiers: sentences by topic and real communes by region. */
final class SampleResources {

    /**
     * A real commune (COG 2021) with the synthetic postal code the samples use.
     *
     * @param zrrClassified whether it is classified ZRR in 2021, wholly (C) or partly (P)
     * @param qpv whether it holds a QPV of the 2024 list
     */
    record SampleCommune(
            String region, String insee, String name, String postalCode, boolean zrrClassified, boolean qpv) {}

    private static final Map<String, List<String>> SENTENCES = loadSentences();
    private static final Map<String, List<SampleCommune>> COMMUNES = loadCommunes();

    private SampleResources() {}

    /** The sentences of a topic ({@code S1}…{@code S10}, {@code any}). */
    static List<String> sentences(String topic) {
        return SENTENCES.getOrDefault(topic, List.of());
    }

    /** The communes of a region, in INSEE-code order. */
    static List<SampleCommune> communes(String region) {
        return COMMUNES.getOrDefault(region, List.of());
    }

    /** The regions that have communes, in file order (overseas first, then by INSEE region code). */
    static List<String> regions() {
        return List.copyOf(COMMUNES.keySet());
    }

    private static Map<String, List<String>> loadSentences() {
        Map<String, List<String>> byTopic = new LinkedHashMap<>();
        for (String line : lines("sentences.txt")) {
            int bar = line.indexOf('|');
            byTopic.computeIfAbsent(line.substring(0, bar), k -> new ArrayList<>())
                    .add(line.substring(bar + 1));
        }
        byTopic.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(byTopic);
    }

    private static Map<String, List<SampleCommune>> loadCommunes() {
        Map<String, List<SampleCommune>> byRegion = new LinkedHashMap<>();
        for (String line : lines("communes.tsv")) {
            String[] parts = line.split("\t");
            byRegion.computeIfAbsent(parts[0], k -> new ArrayList<>())
                    .add(new SampleCommune(
                            parts[0],
                            parts[1],
                            parts[2],
                            parts[3],
                            parts[4].startsWith("ZRR-C") || parts[4].startsWith("ZRR-P"),
                            parts[4].contains("QPV")));
        }
        byRegion.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(byRegion);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = SampleResources.class.getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
