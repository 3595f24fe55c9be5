package fr.ptce.workbench.persistence.national;

import static org.assertj.core.api.Assertions.assertThat;

import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** What {@code ds push} records it sent, on each engine (V022). */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class DsPushRepositoryTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2021, 7, 20, 10, 0, 0, 0, ZoneOffset.ofHours(2));

    private final Database database;

    DsPushRepositoryTest(StoreEngine engine) {
        database = TestStores.open(engine);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Map<String, String> sent(int procedure) {
        return database.inTransaction(r -> r.dsPushes().sent(procedure));
    }

    @Test
    void anItemSentIsKeptPerProcedureAndASecondRecordReplacesItsText() {
        database.inTransaction(r -> {
            r.dsPushes().record(12345, "4847721", "decision", "Coopération exemplaire.", AT);
            r.dsPushes().record(12345, "4847721", "annotation", "Recevabilité\u00a0: recevable", AT);
            r.dsPushes().record(99, "4847721", "annotation", "autre démarche", AT);
            return null;
        });
        database.inTransaction(r -> {
            r.dsPushes().record(12345, "4847721", "annotation", "Recevabilité\u00a0: incomplet", AT.plusDays(1));
            return null;
        });

        assertThat(sent(12345))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        DsPushRepository.key("4847721", "decision"), "Coopération exemplaire.",
                        DsPushRepository.key("4847721", "annotation"), "Recevabilité\u00a0: incomplet"));
        assertThat(sent(99)).hasSize(1);
        assertThat(sent(7)).isEmpty();
    }
}
