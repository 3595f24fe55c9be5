package fr.ptce.workbench.online.ds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each query the workbench sends to DS uses only fields, arguments and types of DS's published schema (a trimmed
 * copy in {@code src/test/resources/fr/ptce/workbench/online/ds/schema-trimmed.graphql}, its source and commit in
 * its first lines).
 */
class DsQuerySchemaTest {

    private static MiniSchema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        try (InputStream in = DsQuerySchemaTest.class.getResourceAsStream("schema-trimmed.graphql")) {
            schema = new MiniSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @ParameterizedTest
    @EnumSource(DsQuery.class)
    void everyFieldOfTheQueryExistsInDsSchema(DsQuery query) {
        assertThat(query.text()).contains(query == DsQuery.DOSSIERS ? "dossiers(" : "(");
        assertThat(QueryCheck.problems(schema, query.text())).isEmpty();
    }

    @Test
    void theCheckFindsAFieldArgumentOrTypeTheSchemaLacks() {
        String wrong = "query q($n: Int!, $since: Instant) { demarche(number: $n) {"
                + " dossiers(first: 10, since: $since) { nodes { numero state { x } usager } } } }";
        assertThat(QueryCheck.problems(schema, wrong))
                .containsExactlyInAnyOrder(
                        "variable $since: unknown type Instant",
                        "Demarche.dossiers: no argument since",
                        "Dossier.numero: no such field",
                        "Dossier.state: a leaf has no selection",
                        "Dossier.usager: an object of type Profile needs a selection");
    }

    @Test
    void theCheckRefusesAFragmentOnATypeThatIsNotAChamp() {
        String wrong = "query q { dossier(number: 1) { champs { ... on Avis { question } ...F } } }"
                + " fragment F on Profile { email }";
        assertThat(QueryCheck.problems(schema, wrong))
                .containsExactlyInAnyOrder("... on Avis: not a Champ", "...F on Profile: not a Champ");
    }
}
