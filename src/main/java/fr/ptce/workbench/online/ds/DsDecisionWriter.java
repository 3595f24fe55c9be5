package fr.ptce.workbench.online.ds;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes to a procedure's dossiers on DS ({@code ds push}): finds the signing instructor's id, reads a dossier's id,
 * state and private annotations, accepts or refuses it with a motivation, writes a text annotation. A mutation DS
 * refuses (its payload's {@code errors}) is a {@link DsApiException} naming DS's reasons.
 */
public final class DsDecisionWriter {

    /** A dossier as DS holds it: its global id, its state ({@code en_instruction}…), its annotations' ids by label. */
    public record RemoteDossier(String id, String state, Map<String, String> annotationIds) {

        public RemoteDossier {
            annotationIds = Map.copyOf(annotationIds);
        }
    }

    private final DsApiClient client;

    public DsDecisionWriter(DsApiClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** The id of the procedure's instructor with this e-mail (case ignored), or null when none has it. */
    public String instructeurId(int procedure, String email) {
        JsonNode groups = client.execute(DsQuery.INSTRUCTEURS, Map.of("demarcheNumber", procedure))
                .path("demarche")
                .path("groupeInstructeurs");
        for (JsonNode group : groups) {
            for (JsonNode instructeur : group.path("instructeurs")) {
                if (DsApiValues.text(instructeur.get("email")).equalsIgnoreCase(email.strip())) {
                    return DsApiValues.text(instructeur.get("id"));
                }
            }
        }
        return null;
    }

    /** The dossier with this number. */
    public RemoteDossier dossier(String number) {
        JsonNode dossier = client.execute(DsQuery.DOSSIER, Map.of("number", Integer.parseInt(number)))
                .path("dossier");
        if (!dossier.hasNonNull("id")) {
            throw new DsApiException(
                    DsApiException.Reason.INVALID_RESPONSE,
                    "dossier n°\u00a0" + number + " introuvable sur démarches-simplifiées.");
        }
        Map<String, String> annotations = new LinkedHashMap<>();
        dossier.path("annotations")
                .forEach(a -> annotations.putIfAbsent(DsApiValues.text(a.get("label")), DsApiValues.text(a.get("id"))));
        return new RemoteDossier(
                DsApiValues.text(dossier.get("id")), DsApiValues.text(dossier.get("state")), annotations);
    }

    /** Accepts the dossier (DS tells the applicant by e-mail). */
    public void accept(String dossierId, String instructeurId, String motivation) {
        mutation(DsQuery.ACCEPTER, "dossierAccepter", decision(dossierId, instructeurId, motivation));
    }

    /** Refuses the dossier (DS tells the applicant by e-mail). */
    public void refuse(String dossierId, String instructeurId, String motivation) {
        mutation(DsQuery.REFUSER, "dossierRefuser", decision(dossierId, instructeurId, motivation));
    }

    /** Replaces the text of a private annotation. */
    public void annotate(String dossierId, String instructeurId, String annotationId, String value) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("dossierId", dossierId);
        input.put("instructeurId", instructeurId);
        input.put("annotationId", annotationId);
        input.put("value", value);
        mutation(DsQuery.ANNOTER, "dossierModifierAnnotationText", input);
    }

    private static Map<String, Object> decision(String dossierId, String instructeurId, String motivation) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("dossierId", dossierId);
        input.put("instructeurId", instructeurId);
        input.put("motivation", motivation);
        return input;
    }

    private void mutation(DsQuery query, String field, Map<String, Object> input) {
        JsonNode payload = client.execute(query, Map.of("input", input)).path(field);
        JsonNode errors = payload.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            List<String> messages = new ArrayList<>();
            errors.forEach(e -> messages.add("«\u00a0" + DsApiValues.text(e.get("message")) + "\u00a0»"));
            throw new DsApiException(
                    DsApiException.Reason.GRAPHQL,
                    "démarches-simplifiées refuse\u00a0: " + String.join(", ", messages));
        }
        if (payload.isMissingNode() || payload.isNull()) {
            throw new DsApiException(
                    DsApiException.Reason.INVALID_RESPONSE,
                    "réponse de démarches-simplifiées sans résultat (" + field + ").");
        }
    }
}
