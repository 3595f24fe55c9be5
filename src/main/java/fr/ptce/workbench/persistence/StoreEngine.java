package fr.ptce.workbench.persistence;

import org.jooq.SQLDialect;

/**
 * The two engines a workspace's store runs on: H2 (a workspace folder on this computer) and PostgreSQL (a team
 * workspace on a server). The same repositories run on both, with jOOQ's dialect chosen when the store opens;
 * Flyway migrates both from {@code db/migration/common} and the engine's own folder, for the few scripts whose SQL
 * must differ.
 */
public enum StoreEngine {
    H2(SQLDialect.H2, "h2"),
    POSTGRESQL(SQLDialect.POSTGRES, "postgresql");

    private final SQLDialect dialect;
    private final String folder;

    StoreEngine(SQLDialect dialect, String folder) {
        this.dialect = dialect;
        this.folder = folder;
    }

    SQLDialect dialect() {
        return dialect;
    }

    /** Flyway's locations: the scripts common to both engines and this engine's own. */
    String[] migrationLocations() {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + folder};
    }

    /** The folder of this engine's own scripts, under {@code db/migration}. */
    String migrationFolder() {
        return folder;
    }
}
