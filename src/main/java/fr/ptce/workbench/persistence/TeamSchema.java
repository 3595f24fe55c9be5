package fr.ptce.workbench.persistence;

import static fr.ptce.workbench.persistence.generated.Tables.EXPERT;
import static fr.ptce.workbench.persistence.generated.Tables.TEAM_MEMBER;

import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.common.StoreException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The team of a shared workspace, enforced by PostgreSQL itself: three group roles ({@value #CORRESPONDENT},
 * {@value #EXPERT}, {@value #PESSII}), their grants, and row-level security on the dossiers and every table keyed by
 * a dossier, so that a login sees and changes only what its role allows — a correspondent their region's dossiers,
 * an expert the dossiers assigned to them (no declared conflict), PESSII everything — through the workbench or
 * {@code psql} alike. The database's owner (who runs {@code team init}) is not a member and keeps seeing all of it.
 */
public final class TeamSchema {

    public static final String CORRESPONDENT = "ptce_correspondant";
    public static final String EXPERT_ROLE = "ptce_expert";
    public static final String PESSII = "ptce_pessii";

    private static final List<String> ROLES = List.of(CORRESPONDENT, EXPERT_ROLE, PESSII);
    private static final String ALL = String.join(", ", ROLES);
    private static final Pattern LOGIN = Pattern.compile("[a-z_][a-z0-9_.-]{0,62}");

    private TeamSchema() {}

    /**
     * Prepares the database for a team (again after an upgrade: every step can be repeated): the roles, the grants,
     * the functions the policies use and the policies, in one transaction.
     *
     * @throws StoreException in French on an H2 workspace, or when the login may not create roles
     */
    public static void init(Database database) {
        requireServer(database);
        database.withDsl(dsl -> {
            for (String role : ROLES) {
                dsl.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + role
                        + "') THEN CREATE ROLE " + role + " NOLOGIN; END IF; END $$");
            }
            String schema = String.valueOf(dsl.fetchValue("SELECT current_schema()"));
            dsl.execute("GRANT USAGE ON SCHEMA " + schema + " TO " + ALL);
            dsl.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + schema + " TO " + ALL);
            dsl.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA " + schema + " TO " + ALL);
            dsl.execute("REVOKE INSERT, UPDATE, DELETE ON team_member, flyway_schema_history, change_log FROM " + ALL);
            functions(dsl, schema);
            policies(dsl, schema);
            return null;
        });
    }

    private static void functions(DSLContext dsl, String schema) {
        String header = " LANGUAGE sql STABLE SECURITY DEFINER SET search_path = " + schema + ", pg_temp AS $$ ";
        // the member's role, from the login that opened the connection (session_user: a SECURITY DEFINER function
        // runs as its owner, so current_user would be the owner's)
        dsl.execute("CREATE OR REPLACE FUNCTION ptce_member_role() RETURNS varchar" + header
                + "SELECT role FROM team_member WHERE login = session_user $$");
        dsl.execute("CREATE OR REPLACE FUNCTION ptce_sees_dossier(dossier varchar, dossier_region varchar)"
                + " RETURNS boolean" + header
                + "SELECT EXISTS (SELECT 1 FROM team_member m WHERE m.login = session_user AND ("
                + " m.role = 'PESSII'"
                + " OR (m.role = 'CORRESPONDENT' AND lower(m.region) = lower(dossier_region))"
                + " OR (m.role = 'EXPERT' AND EXISTS (SELECT 1 FROM expert_assignment a"
                + " WHERE a.dossier_number = dossier AND NOT a.conflict AND lower(a.expert_email) = lower(m.email)))"
                + ")) $$");
        // an expert's own review of a dossier scores every criterion of its grid (the window's « Noter avant de voir
        // les notes des autres »): only then may the expert read the others' reviews, the avis, notes and history
        dsl.execute("CREATE OR REPLACE FUNCTION ptce_has_scored(dossier varchar) RETURNS boolean" + header
                + "SELECT EXISTS (SELECT 1 FROM review r JOIN team_member m ON m.login = session_user"
                + " AND lower(r.reviewer_email) = lower(m.email)"
                + " JOIN grid g ON g.id = r.grid_id AND g.version = r.grid_version"
                + " WHERE r.dossier_number = dossier AND NOT EXISTS ("
                + "SELECT 1 FROM jsonb_array_elements(CAST(g.definition AS jsonb) -> 'criteria') c"
                + " WHERE NOT EXISTS (SELECT 1 FROM review_score s WHERE s.review_id = r.id"
                + " AND s.criterion = c ->> 'code' AND s.score_value IS NOT NULL))) $$");
        dsl.execute("CREATE OR REPLACE FUNCTION ptce_member_email() RETURNS varchar" + header
                + "SELECT lower(email) FROM team_member WHERE login = session_user $$");
        for (String function : List.of(
                "ptce_member_role()",
                "ptce_sees_dossier(varchar, varchar)",
                "ptce_has_scored(varchar)",
                "ptce_member_email()")) {
            dsl.execute("REVOKE ALL ON FUNCTION " + function + " FROM PUBLIC");
            dsl.execute("GRANT EXECUTE ON FUNCTION " + function + " TO " + ALL);
        }
    }

    /**
     * The policies: the dossier by its region or assignment; a table keyed by a dossier through the dossier (its
     * policy applies inside), a phase-2 dossier's through its phase-1 dossier; a review's rows through the review;
     * PESSII's national tables to PESSII only.
     */
    private static void policies(DSLContext dsl, String schema) {
        policy(dsl, "dossier", "ptce_sees_dossier(number, region)");
        List<String> byDossier = tablesWith(dsl, schema, "dossier_number");
        List<String> byReview = tablesWith(dsl, schema, "review_id");
        for (String table : byDossier) {
            if (!table.startsWith("national")) {
                // a dossier number of either phase (V025): a phase-2 dossier is seen through its phase-1 dossier,
                // and by PESSII even when unlinked
                String number = table + ".dossier_number";
                policy(
                        dsl,
                        table,
                        "EXISTS (SELECT 1 FROM dossier d WHERE d.number = " + number + ")"
                                + " OR EXISTS (SELECT 1 FROM phase2_dossier p JOIN dossier d"
                                + " ON d.number = p.phase1_number WHERE p.number = " + number + ")"
                                + " OR (ptce_member_role() = 'PESSII'"
                                + " AND EXISTS (SELECT 1 FROM phase2_dossier p WHERE p.number = " + number + "))");
            }
        }
        for (String table : byReview) {
            if (!table.startsWith("national")) {
                policy(dsl, table, "EXISTS (SELECT 1 FROM review r WHERE r.id = " + table + ".review_id)");
            }
        }
        for (String table : tablesNamed(dsl, schema, "national%")) {
            policy(dsl, table, "ptce_member_role() = 'PESSII'");
        }
        // offline laptops: a login sees and records only its own checkouts
        policy(dsl, "team_checkout", "login = session_user");
        // the announcements of changes (V034): a change to a row the login may not read is not even named
        policy(
                dsl,
                "change_log",
                "(table_name NOT LIKE 'national%' OR ptce_member_role() = 'PESSII') AND (dossier_number IS NULL"
                        + " OR ptce_member_role() = 'PESSII'"
                        + " OR EXISTS (SELECT 1 FROM dossier d WHERE d.number = change_log.dossier_number)"
                        + " OR EXISTS (SELECT 1 FROM phase2_dossier p JOIN dossier d ON d.number = p.phase1_number"
                        + " WHERE p.number = change_log.dossier_number))");
        expertsScoreFirst(dsl);
    }

    /**
     * An expert reads only their own review (and comments, history) of a dossier until that review scores every
     * criterion of its grid, as the window hides the others' scores until then; afterwards the others' reviews, the
     * region's avis, the notes and the whole history. Restrictive policies, added to the tables' others; an expert
     * writes only their own review's rows and audit rows, and the avis or a note only once they have scored.
     */
    private static void expertsScoreFirst(DSLContext dsl) {
        String notExpert = "ptce_member_role() IS DISTINCT FROM 'EXPERT'";
        String ownReview = "lower(reviewer_email) = ptce_member_email()";
        String ownByReview = "EXISTS (SELECT 1 FROM review r WHERE r.id = review_id AND lower(r.reviewer_email)"
                + " = ptce_member_email())";
        blind(dsl, "review", notExpert, ownReview, "dossier_number", ownReview);
        blind(
                dsl,
                "review_score",
                notExpert,
                ownByReview,
                "(SELECT r.dossier_number FROM review r WHERE r.id = review_id)",
                ownByReview);
        blind(
                dsl,
                "review_eligibility",
                notExpert,
                ownByReview,
                "(SELECT r.dossier_number FROM review r WHERE r.id = review_id)",
                ownByReview);
        blind(dsl, "review_block_comment", notExpert, ownReview, "dossier_number", ownReview);
        blind(dsl, "audit_entry", notExpert, "db_login = session_user", "dossier_number", "db_login = session_user");
        blind(dsl, "region_avis", notExpert, "FALSE", "dossier_number", "ptce_has_scored(dossier_number)");
        blind(dsl, "region_avis_score", notExpert, "FALSE", "dossier_number", "ptce_has_scored(dossier_number)");
        blind(dsl, "dossier_note", notExpert, "FALSE", "dossier_number", "ptce_has_scored(dossier_number)");
    }

    private static void blind(
            DSLContext dsl, String table, String notExpert, String own, String dossier, String write) {
        String read = notExpert + " OR " + own + " OR ptce_has_scored(" + dossier + ")";
        String change = notExpert + " OR " + write;
        dsl.execute("DROP POLICY IF EXISTS ptce_expert_read ON " + table);
        dsl.execute("DROP POLICY IF EXISTS ptce_expert_insert ON " + table);
        dsl.execute("DROP POLICY IF EXISTS ptce_expert_update ON " + table);
        dsl.execute("DROP POLICY IF EXISTS ptce_expert_delete ON " + table);
        dsl.execute("CREATE POLICY ptce_expert_read ON " + table + " AS RESTRICTIVE FOR SELECT TO " + ALL + " USING ("
                + read + ")");
        dsl.execute("CREATE POLICY ptce_expert_insert ON " + table + " AS RESTRICTIVE FOR INSERT TO " + ALL
                + " WITH CHECK (" + change + ")");
        dsl.execute("CREATE POLICY ptce_expert_update ON " + table + " AS RESTRICTIVE FOR UPDATE TO " + ALL + " USING ("
                + change + ") WITH CHECK (" + change + ")");
        dsl.execute("CREATE POLICY ptce_expert_delete ON " + table + " AS RESTRICTIVE FOR DELETE TO " + ALL + " USING ("
                + change + ")");
    }

    private static void policy(DSLContext dsl, String table, String condition) {
        dsl.execute("ALTER TABLE " + table + " ENABLE ROW LEVEL SECURITY");
        dsl.execute("DROP POLICY IF EXISTS ptce_team ON " + table);
        dsl.execute("CREATE POLICY ptce_team ON " + table + " TO " + ALL + " USING (" + condition + ") WITH CHECK ("
                + condition + ")");
    }

    private static List<String> tablesWith(DSLContext dsl, String schema, String column) {
        return dsl.fetch(
                        "SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t"
                                + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                                + " WHERE c.table_schema = {0} AND c.column_name = {1} AND t.table_type = 'BASE TABLE'"
                                + " ORDER BY 1",
                        DSL.val(schema), DSL.val(column))
                .getValues(0, String.class);
    }

    private static List<String> tablesNamed(DSLContext dsl, String schema, String like) {
        return dsl.fetch(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = {0}"
                                + " AND table_name LIKE {1} AND table_type = 'BASE TABLE' ORDER BY 1",
                        DSL.val(schema), DSL.val(like))
                .getValues(0, String.class);
    }

    /**
     * Creates a login of the team (or updates an existing one): {@code CREATE ROLE … LOGIN} with its password when
     * given (else the administrator sets it with {@code \password}), membership of its role's group only, its
     * identity row; an expert is also added to the experts, to be assigned dossiers.
     *
     * @throws StoreException in French on an H2 workspace, for an invalid login, or when the server refuses
     */
    public static void addMember(Database database, String login, Reviewer who, char[] password, OffsetDateTime at) {
        requireServer(database);
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new StoreException(
                    "Identifiant «\u00a0" + login + "\u00a0» refusé\u00a0: lettres minuscules sans"
                            + " accent, chiffres, «\u00a0_\u00a0», «\u00a0.\u00a0» ou «\u00a0-\u00a0»,"
                            + " 63 caractères au plus,"
                            + " sans chiffre au début.",
                    null);
        }
        String role = switch (who.role()) {
            case CORRESPONDENT -> CORRESPONDENT;
            case EXPERT -> EXPERT_ROLE;
            case PESSII -> PESSII;
        };
        String quoted = "\"" + login + "\"";
        database.withDsl(dsl -> {
            boolean exists = dsl.fetchExists(
                    dsl.selectOne().from("pg_roles").where(DSL.field("rolname").eq(login)));
            dsl.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + quoted + " LOGIN"
                    + (password == null ? "" : " PASSWORD " + literal(password)));
            for (String other : ROLES) {
                dsl.execute((other.equals(role) ? "GRANT " : "REVOKE ")
                        + other
                        + (other.equals(role) ? " TO " : " FROM ")
                        + quoted);
            }
            dsl.insertInto(TEAM_MEMBER)
                    .set(TEAM_MEMBER.LOGIN, login)
                    .set(TEAM_MEMBER.NAME, who.name())
                    .set(TEAM_MEMBER.EMAIL, who.email())
                    .set(TEAM_MEMBER.ROLE, who.role().name())
                    .set(TEAM_MEMBER.REGION, who.region())
                    .set(TEAM_MEMBER.CREATED_AT, at)
                    .onConflict(TEAM_MEMBER.LOGIN)
                    .doUpdate()
                    .set(TEAM_MEMBER.NAME, who.name())
                    .set(TEAM_MEMBER.EMAIL, who.email())
                    .set(TEAM_MEMBER.ROLE, who.role().name())
                    .set(TEAM_MEMBER.REGION, who.region())
                    .execute();
            if (who.role() == fr.ptce.workbench.domain.review.ReviewerRole.EXPERT) {
                dsl.insertInto(EXPERT)
                        .set(EXPERT.EMAIL, who.email())
                        .set(EXPERT.NAME, who.name())
                        .set(EXPERT.CREATED_AT, at)
                        .onConflict(EXPERT.EMAIL)
                        .doNothing()
                        .execute();
            }
            return null;
        });
    }

    /** A password as an SQL string literal (standard_conforming_strings: only the quote is doubled); never logged. */
    private static String literal(char[] password) {
        return "'" + new String(password).replace("'", "''") + "'";
    }

    private static void requireServer(Database database) {
        if (database.engine() != StoreEngine.POSTGRESQL) {
            throw new StoreException(
                    "Les rôles d'équipe s'appliquent à un espace partagé sur un serveur PostgreSQL"
                            + " (--workspace postgresql://…), pas à un espace de cet ordinateur.",
                    null);
        }
    }
}
