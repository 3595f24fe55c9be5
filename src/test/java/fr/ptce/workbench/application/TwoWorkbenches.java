package fr.ptce.workbench.application;

import fr.ptce.workbench.TestReviewers;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.EmbeddedPostgresServer;
import fr.ptce.workbench.persistence.ServerDatabase;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Two people's workbenches on one store, for the tests of concurrent changes: two connections to a fresh database
 * of the tests' PostgreSQL server, or, on H2 (one process per folder), the same in-memory workspace twice, by the
 * same code path.
 */
public final class TwoWorkbenches implements AutoCloseable {

    private final Workspace first;
    private final Workspace second;

    private TwoWorkbenches(Workspace first, Workspace second) {
        this.first = first;
        this.second = second;
    }

    /** 09:00 UTC: 10:00 in Paris, whatever the machine's zone. */
    public static final Clock TEN = Clock.fixed(Instant.parse("2022-01-10T09:00:00Z"), ZoneId.of("UTC"));

    /** A second PESSII member, whose saves meet the first one's. */
    public static final Reviewer PAUL = new Reviewer("Paul Bernard", "paul@example.org", ReviewerRole.PESSII, null);

    /** Two PESSII workbenches at {@link #TEN}, the first one signed by {@link TestReviewers#PESSII}. */
    public static TwoWorkbenches ofPessii(StoreEngine engine) {
        TwoWorkbenches workbenches = on(engine, TEN);
        workbenches.first().workspaceUser().set(TestReviewers.PESSII);
        return workbenches;
    }

    public static TwoWorkbenches on(StoreEngine engine, Clock clock) {
        if (engine == StoreEngine.POSTGRESQL) {
            ServerDatabase address = TestStores.freshDatabase();
            return new TwoWorkbenches(Workspace.over(open(address), clock), Workspace.over(open(address), clock));
        }
        Workspace only = Workspace.inMemory(clock);
        return new TwoWorkbenches(only, only);
    }

    private static Database open(ServerDatabase address) {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.shared();
        return Database.openPostgres(
                address, server.superuser(), EmbeddedPostgresServer.SUPERUSER_PASSWORD.toCharArray());
    }

    public Workspace first() {
        return first;
    }

    public Workspace second() {
        return second;
    }

    @Override
    public void close() {
        first.close();
        if (second != first) {
            second.close();
        }
    }
}
