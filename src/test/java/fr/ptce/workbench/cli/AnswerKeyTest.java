package fr.ptce.workbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.SampleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Imports each shared DS sample through the command line and compares {@code dossiers --format json} with
 * the sample's answer key, key by key (the key's names differ slightly from ours: mapped below).
 */
class AnswerKeyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(
            strings = {
                SampleFiles.OCTOBER_2021_XLSX,
                SampleFiles.OCTOBER_2021_CSV,
                SampleFiles.NOVEMBER_2021_XLSX,
                SampleFiles.SEPTEMBER_2025_XLSX
            })
    void dossiersJsonMatchesTheAnswerKey(String sample) throws IOException {
        Path file = SampleFiles.copy(sample, folder);
        Path workspace = folder.resolve("espace");
        CommandLineRun imported = CommandLineRun.of("import", "--workspace", workspace.toString(), file.toString());
        assertEquals(0, imported.status(), imported.err());
        CommandLineRun listed = CommandLineRun.of("dossiers", "--workspace", workspace.toString(), "--format", "json");
        assertEquals(0, listed.status(), listed.err());

        JsonNode key = JSON.readTree(SampleFiles.key(sample));
        Map<String, JsonNode> ours = new HashMap<>();
        JSON.readTree(listed.out()).forEach(d -> ours.put(d.get("number").asText(), d));
        assertEquals(key.get("dossiers").size(), ours.size(), "dossier count");
        List<String> mismatches = new ArrayList<>();
        for (JsonNode expected : key.get("dossiers")) {
            JsonNode actual = ours.get(expected.get("number").asText());
            compare(expected, actual, mismatches);
        }
        assertEquals(List.of(), mismatches);
    }

    private static void compare(JsonNode key, JsonNode d, List<String> mismatches) {
        String n = key.get("number").asText() + ".";
        same(mismatches, n + "project", text(key, "project_name"), text(d, "project"));
        same(mismatches, n + "region", text(key, "region"), text(d, "region"));
        same(mismatches, n + "instructorGroup", text(key, "groupe_instructeur"), text(d, "instructorGroup"));
        same(mismatches, n + "structure", text(key, "structure_name"), text(d, "structure"));
        same(mismatches, n + "legalForm", text(key, "legal_form"), text(d, "legalForm"));
        same(mismatches, n + "siret", text(key, "siret"), text(d, "siret"));
        for (String field : List.of("name", "function", "email", "phone")) {
            same(mismatches, n + "referent." + field, text(key.get("referent"), field), text(d.get("referent"), field));
        }
        same(mismatches, n + "state", text(key, "state_label"), text(d, "state"));
        same(
                mismatches,
                n + "archived",
                key.get("archived").asBoolean(),
                d.get("archived").asBoolean());
        same(mismatches, n + "depositedAt", text(key.get("deposited_at"), "paris"), text(d, "depositedAt"));
        same(mismatches, n + "declaredQpv", yesNo(key.get("declared"), "qpv"), bool(d, "declaredQpv"));
        same(mismatches, n + "declaredZrr", yesNo(key.get("declared"), "zrr"), bool(d, "declaredZrr"));
        List<String> communes = new ArrayList<>();
        key.get("communes").forEach(c -> communes.add(c.get("insee").asText()));
        List<String> ourCommunes = new ArrayList<>();
        d.get("communes").forEach(c -> ourCommunes.add(c.asText()));
        same(mismatches, n + "communes", communes, ourCommunes);
        key.get("sections").fields().forEachRemaining(section -> {
            String text = d.get("sections").get(section.getKey()).asText();
            same(
                    mismatches,
                    n + section.getKey() + ".sha256",
                    section.getValue().get("sha256").asText(),
                    sha256(text));
            same(
                    mismatches,
                    n + section.getKey() + ".overLimit",
                    section.getValue().get("over_limit").asBoolean(),
                    contains(d.get("overLimit"), section.getKey()));
        });
        same(mismatches, n + "legalFormEligible", bool(key, "legal_form_eligible"), bool(d, "legalFormEligible"));
        same(
                mismatches,
                n + "legalFormInseeLabel",
                key.get("insee_legal_form").get(0).asText(),
                text(d, "legalFormInseeLabel"));
        same(
                mismatches,
                n + "legalFormInseeCode",
                key.get("insee_legal_form").get(1).asText(),
                text(d, "legalFormInseeCode"));
        same(mismatches, n + "legalFormCheck.disagreement", null, text(d.get("legalFormCheck"), "disagreement"));
        same(mismatches, n + "siretValid", bool(key, "siret_luhn_valid"), bool(d, "siretValid"));
        // the key computes the admissibility from the champs and the date; PESSII's annotation, when given, is shown
        // beside it as the dossier's admissibility
        same(mismatches, n + "admissibility", text(key, "admissibility"), text(d, "admissibility_computed"));
        same(
                mismatches,
                n + "wave",
                key.get("on_time_wave1").asBoolean() ? "Vague 1" : "Au fil de l'eau",
                text(d, "wave"));
        List<String> missing = new ArrayList<>();
        key.get("missing_required").forEach(m -> missing.add(m.asText()));
        List<String> ourMissing = new ArrayList<>();
        d.get("missing").forEach(m -> ourMissing.add(m.asText()));
        same(mismatches, n + "missing", missing, ourMissing);
        same(mismatches, n + "zrrDetected", bool(key, "zrr_detected"), bool(d, "zrrDetected"));
        same(mismatches, n + "qpvDetected", bool(key, "qpv_detected"), bool(d, "qpvDetected"));
        same(
                mismatches,
                n + "avisCount",
                key.get("avis_count").asInt(),
                d.get("avisCount").asInt());
    }

    private static void same(List<String> mismatches, String what, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) {
            mismatches.add(what + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    private static Boolean yesNo(JsonNode node, String field) {
        String value = text(node, field);
        return value == null || value.isEmpty() ? null : value.equals("Oui");
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
