package fr.ptce.workbench.online.ds;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The recorded answers the tests' server plays are shaped by DS's schema: every key of their {@code data} is a
 * field of its type in the trimmed schema (an abstract type's object names its concrete type in {@code __typename},
 * which must implement it), and every object is where the schema puts an object.
 */
class RecordedAnswersShapeTest {

    private static MiniSchema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        try (InputStream in = RecordedAnswersShapeTest.class.getResourceAsStream("schema-trimmed.graphql")) {
            schema = new MiniSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "dossiers-page1.json, Query",
        "dossiers-page2.json, Query",
        "dossiers-updated.json, Query",
        "dossiers-empty.json, Query",
        "dossier-9100001.json, Query",
        "dossier-9100002.json, Query",
        "dossier-9100003.json, Query",
        "instructeurs.json, Query",
        "accepter-ok.json, Mutation",
        "refuser-ok.json, Mutation",
        "refuser-invalid.json, Mutation",
        "annotation-ok.json, Mutation"
    })
    void everyKeyOfARecordedAnswerIsAFieldOfItsType(String file, String root) throws IOException {
        JsonNode data =
                new ObjectMapper().readTree(RecordedDsServer.resource(file)).path("data");
        assertThat(data.isObject()).isTrue();
        List<String> problems = new ArrayList<>();
        check(data, root, file, problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void theShapeCheckFindsAKeyTheSchemaLacksAndAWrongConcreteType() throws IOException {
        JsonNode wrong = new ObjectMapper()
                .readTree("{\"dossier\": {\"numero\": 1, \"champs\": [{\"__typename\": \"Avis\", \"label\": \"x\"}]}}");
        List<String> problems = new ArrayList<>();
        check(wrong, "Query", "wrong", problems);
        assertThat(problems).containsExactlyInAnyOrder("wrong: Dossier.numero", "wrong: Avis is not a Champ");
    }

    private static void check(JsonNode node, String typeName, String where, List<String> problems) {
        if (node.isNull()) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> check(element, typeName, where, problems));
            return;
        }
        MiniSchema.Type type = schema.type(typeName);
        if (type == null || schema.isLeaf(typeName)) {
            return;
        }
        String concrete = typeName;
        if (node.has("__typename")) {
            concrete = node.get("__typename").asText();
            if (!schema.applies(concrete, typeName)) {
                problems.add(where + ": " + concrete + " is not a " + typeName);
                return;
            }
        }
        Map<String, MiniSchema.Field> fields = schema.type(concrete).fields();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getKey().equals("__typename")) {
                continue;
            }
            MiniSchema.Field field = fields.get(entry.getKey());
            if (field == null) {
                problems.add(where + ": " + concrete + "." + entry.getKey());
            } else if (!schema.isLeaf(field.type())) {
                check(entry.getValue(), field.type(), where, problems);
            }
        }
    }
}
