package fr.ptce.workbench.online.ds;

import static fr.ptce.workbench.online.ds.DsApiValues.dateTime;
import static fr.ptce.workbench.online.ds.DsApiValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out the dossiers of {@code dossiers.graphql} as the sheets of a DS xlsx export (formats.md, « DS online »):
 * Dossiers (the fixed columns, then one column per champ label, then per private annotation), Etablissements (the
 * applicant's SIRET and legal form), Avis, and one sheet per repetition block. Two champs with the same label get
 * two columns with that header, as in the export.
 */
public final class DsDossierRows {

    /** The Dossiers sheet's fixed columns, as the 2021–2023 xlsx export writes them for a legal entity. */
    static final List<String> FIXED = List.of(
            "ID",
            "Email",
            "Entreprise raison sociale",
            "Archivé",
            "État du dossier",
            "Dernière mise à jour le",
            "Déposé le",
            "Passé en instruction le",
            "Traité le",
            "Motivation de la décision",
            "Instructeurs",
            "Groupe instructeur");

    static final List<String> ESTABLISHMENT_HEADERS = List.of(
            "Dossier ID",
            "Champ",
            "Établissement SIRET",
            "Entreprise raison sociale",
            "Entreprise forme juridique",
            "Entreprise forme juridique code");

    static final List<String> AVIS_HEADERS = List.of(
            "Dossier ID",
            "Introduction",
            "Réponse",
            "Question",
            "Réponse oui/non",
            "Créé le",
            "Répondu le",
            "Instructeur",
            "Expert");

    private static final int SHEET_NAME_LENGTH = 30;

    /** A table whose columns are the union, in first-seen order, of its rows' keys. */
    private static final class Table {
        final Map<String, String> headers = new LinkedHashMap<>();
        final List<Map<String, String>> rows = new ArrayList<>();

        Table(List<String> fixed) {
            fixed.forEach(header -> headers.put(header, header));
        }

        DsApiSheet sheet(DsApiSheet.Kind kind, String name) {
            List<String> keys = List.copyOf(headers.keySet());
            List<List<String>> values = rows.stream()
                    .map(row -> keys.stream().map(k -> row.getOrDefault(k, "")).toList())
                    .toList();
            return new DsApiSheet(kind, name, List.copyOf(headers.values()), values);
        }
    }

    private final Table dossiers = new Table(FIXED);
    private final Table annotations = new Table(List.of());
    private final Table establishments = new Table(ESTABLISHMENT_HEADERS);
    private final Table avis = new Table(AVIS_HEADERS);
    private final Map<String, Table> repetitions = new LinkedHashMap<>();
    private final Map<String, String> repetitionLabels = new HashMap<>();

    /** Adds one dossier node. */
    public void add(JsonNode dossier) {
        String number = text(dossier.get("number"));
        Map<String, String> row = new LinkedHashMap<>();
        row.put("ID", number);
        row.put("Email", text(dossier.path("usager").get("email")));
        JsonNode demandeur = dossier.path("demandeur");
        row.put("Entreprise raison sociale", text(demandeur.path("entreprise").get("raisonSociale")));
        row.put("Archivé", dossier.path("archived").asBoolean(false) ? "true" : "false");
        row.put("État du dossier", DsApiValues.state(dossier.get("state")));
        row.put("Dernière mise à jour le", dateTime(dossier.get("dateDerniereModification")));
        row.put("Déposé le", dateTime(dossier.get("dateDepot")));
        row.put("Passé en instruction le", dateTime(dossier.get("datePassageEnInstruction")));
        row.put("Traité le", dateTime(dossier.get("dateTraitement")));
        row.put("Motivation de la décision", text(dossier.get("motivation")));
        List<String> instructors = new ArrayList<>();
        dossier.path("instructeurs").forEach(i -> instructors.add(text(i.get("email"))));
        row.put("Instructeurs", String.join(" ", instructors));
        row.put("Groupe instructeur", text(dossier.path("groupeInstructeur").get("label")));
        champs(number, dossier.path("champs"), dossiers, row, true);
        Map<String, String> annotationRow = new LinkedHashMap<>();
        champs(number, dossier.path("annotations"), annotations, annotationRow, false);
        row.putAll(annotationRow);
        dossiers.rows.add(row);
        if ("PersonneMorale".equals(text(demandeur.get("__typename")))) {
            JsonNode entreprise = demandeur.path("entreprise");
            establishments.rows.add(Map.of(
                    "Dossier ID", number,
                    "Champ", "Dossier",
                    "Établissement SIRET", text(demandeur.get("siret")),
                    "Entreprise raison sociale", text(entreprise.get("raisonSociale")),
                    "Entreprise forme juridique", text(entreprise.get("formeJuridique")),
                    "Entreprise forme juridique code", text(entreprise.get("formeJuridiqueCode"))));
        }
        dossier.path("avis").forEach(one -> avis.rows.add(avisRow(number, one)));
    }

    /** The sheets in the export's order: Dossiers, Etablissements, Avis, then each repetition block. */
    public List<DsApiSheet> sheets() {
        Table all = new Table(List.of());
        all.headers.putAll(dossiers.headers);
        // the annotations' columns come after every champ's, as in the export
        annotations.headers.forEach((key, header) -> {
            all.headers.remove(key);
            all.headers.put(key, header);
        });
        all.rows.addAll(dossiers.rows);
        List<DsApiSheet> sheets = new ArrayList<>();
        sheets.add(all.sheet(DsApiSheet.Kind.DOSSIERS, "Dossiers"));
        sheets.add(establishments.sheet(DsApiSheet.Kind.ETABLISSEMENTS, "Etablissements"));
        sheets.add(avis.sheet(DsApiSheet.Kind.AVIS, "Avis"));
        int index = 0;
        for (Map.Entry<String, Table> block : repetitions.entrySet()) {
            index++;
            String name = "(" + index + ") " + repetitionLabels.get(block.getKey());
            sheets.add(block.getValue()
                    .sheet(
                            DsApiSheet.Kind.REPETITION,
                            name.length() > SHEET_NAME_LENGTH ? name.substring(0, SHEET_NAME_LENGTH) : name));
        }
        return sheets;
    }

    /**
     * The champs of one dossier (or one repetition row) into {@code row}, keyed {@code prefix + label + #n} so that
     * two champs with the same label stay two columns.
     */
    private void champs(String number, JsonNode champs, Table table, Map<String, String> row, boolean champ) {
        Map<String, Integer> occurrences = new HashMap<>();
        String prefix = champ ? "c:" : "a:";
        for (JsonNode node : champs) {
            String typename = text(node.get("__typename"));
            if (DsApiValues.hasNoColumn(typename)) {
                continue;
            }
            String label = text(node.get("label"));
            String key = prefix + label + "#" + occurrences.merge(label, 1, Integer::sum);
            if (typename.equals("RepetitionChamp")) {
                repetition(number, key, label, node);
                continue;
            }
            table.headers.putIfAbsent(key, label);
            row.put(key, DsApiValues.champ(node));
            if (typename.equals("CommuneChamp")) {
                table.headers.putIfAbsent(key + " (Code insee)", label + " (Code insee)");
                row.put(key + " (Code insee)", DsApiValues.communeCode(node));
            }
        }
    }

    private void repetition(String number, String key, String label, JsonNode node) {
        Table block = repetitions.computeIfAbsent(key, k -> new Table(List.of("Dossier ID", "Ligne")));
        repetitionLabels.putIfAbsent(key, label);
        int line = 0;
        for (JsonNode rowNode : node.path("rows")) {
            line++;
            Map<String, String> row = new LinkedHashMap<>();
            row.put("Dossier ID", number);
            row.put("Ligne", Integer.toString(line));
            champs(number, rowNode.path("champs"), block, row, true);
            block.rows.add(row);
        }
    }

    private static Map<String, String> avisRow(String number, JsonNode one) {
        Map<String, String> row = new HashMap<>();
        row.put("Dossier ID", number);
        row.put("Introduction", text(one.get("question")));
        row.put("Réponse", text(one.get("reponse")));
        row.put("Question", text(one.get("questionLabel")));
        row.put("Réponse oui/non", text(one.get("questionAnswer")));
        row.put("Créé le", dateTime(one.get("dateQuestion")));
        row.put("Répondu le", dateTime(one.get("dateReponse")));
        row.put("Instructeur", text(one.path("claimant").get("email")));
        row.put("Expert", text(one.path("expert").get("email")));
        return row;
    }
}
