package fr.ptce.workbench.persistence.offline;

import static fr.ptce.workbench.persistence.generated.Tables.AUDIT_ENTRY;
import static fr.ptce.workbench.persistence.generated.Tables.CHECKOUT_BASE;
import static fr.ptce.workbench.persistence.generated.Tables.CHECKOUT_ORIGIN;
import static fr.ptce.workbench.persistence.generated.Tables.TEAM_CHECKOUT;

import fr.ptce.workbench.domain.offline.CheckoutOrigin;
import fr.ptce.workbench.domain.offline.OfflineUnitKind;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * The records of a checkout: on the server, one {@code team_checkout} row per checkout, checked in once; on the
 * laptop, its origin (one row) and the base of every shared unit it took.
 */
public final class CheckoutRecords {

    private static final int THE_ORIGIN = 1;

    private CheckoutRecords() {}

    /** What the server knows of a checkout: null when unknown, else whether (and when) it was checked in. */
    public record ServerCheckout(String id, Optional<OffsetDateTime> checkedInAt) {}

    /** A unit's base: its version and content digest at the checkout. */
    public record Base(String version, String digest) {}

    public static void recordOnServer(DSLContext server, String id, String login, OffsetDateTime at, int dossiers) {
        server.insertInto(TEAM_CHECKOUT)
                .set(TEAM_CHECKOUT.ID, id)
                .set(TEAM_CHECKOUT.LOGIN, login)
                .set(TEAM_CHECKOUT.CHECKED_OUT_AT, at)
                .set(TEAM_CHECKOUT.DOSSIERS, dossiers)
                .execute();
    }

    /** The server's checkout row, locked until the end of the transaction (two check-ins at once: one waits). */
    public static Optional<ServerCheckout> lockOnServer(DSLContext server, String id) {
        return server.selectFrom(TEAM_CHECKOUT)
                .where(TEAM_CHECKOUT.ID.eq(id))
                .forUpdate()
                .fetchOptional()
                .map(r -> new ServerCheckout(r.getId(), Optional.ofNullable(r.getCheckedInAt())));
    }

    public static void checkedInOnServer(DSLContext server, String id, OffsetDateTime at) {
        server.update(TEAM_CHECKOUT)
                .set(TEAM_CHECKOUT.CHECKED_IN_AT, at)
                .where(TEAM_CHECKOUT.ID.eq(id))
                .execute();
    }

    /** Writes the laptop's origin; its audit base is the last audit row copied. */
    public static void writeOrigin(DSLContext local, CheckoutOrigin origin) {
        Long last = local.select(DSL.max(AUDIT_ENTRY.ID)).from(AUDIT_ENTRY).fetchOne(0, Long.class);
        local.insertInto(CHECKOUT_ORIGIN)
                .set(CHECKOUT_ORIGIN.ID, THE_ORIGIN)
                .set(CHECKOUT_ORIGIN.CHECKOUT_ID, origin.checkoutId())
                .set(CHECKOUT_ORIGIN.SERVER_ADDRESS, origin.address())
                .set(CHECKOUT_ORIGIN.LOGIN, origin.login())
                .set(CHECKOUT_ORIGIN.CHECKED_OUT_AT, origin.checkedOutAt())
                .set(CHECKOUT_ORIGIN.AUDIT_BASE, last == null ? 0L : last)
                .execute();
    }

    /** The laptop's origin, empty for a workspace that was not checked out. */
    public static Optional<CheckoutOrigin> origin(DSLContext local) {
        return local.selectFrom(CHECKOUT_ORIGIN)
                .where(CHECKOUT_ORIGIN.ID.eq(THE_ORIGIN))
                .fetchOptional()
                .map(r -> new CheckoutOrigin(
                        r.getCheckoutId(),
                        r.getServerAddress(),
                        r.getLogin(),
                        r.getCheckedOutAt(),
                        Optional.ofNullable(r.getCheckedInAt())));
    }

    public static void checkedInOnLaptop(DSLContext local, OffsetDateTime at) {
        local.update(CHECKOUT_ORIGIN)
                .set(CHECKOUT_ORIGIN.CHECKED_IN_AT, at)
                .where(CHECKOUT_ORIGIN.ID.eq(THE_ORIGIN))
                .execute();
    }

    public static void writeBase(DSLContext local, SharedUnit unit, Base base) {
        local.insertInto(CHECKOUT_BASE)
                .set(CHECKOUT_BASE.KIND, unit.kind().name())
                .set(CHECKOUT_BASE.DOSSIER_NUMBER, unit.dossier())
                .set(CHECKOUT_BASE.UNIT_KEY, unit.key())
                .set(CHECKOUT_BASE.BASE_VERSION, base.version())
                .set(CHECKOUT_BASE.BASE_DIGEST, base.digest())
                .execute();
    }

    public static Map<SharedUnit, Base> bases(DSLContext local) {
        Map<SharedUnit, Base> bases = new HashMap<>();
        local.selectFrom(CHECKOUT_BASE)
                .forEach(r -> bases.put(
                        new SharedUnit(OfflineUnitKind.valueOf(r.getKind()), r.getDossierNumber(), r.getUnitKey()),
                        new Base(r.getBaseVersion(), r.getBaseDigest())));
        return bases;
    }

    /** The audit rows written on the laptop since the checkout, oldest first. */
    public static Result<Record> auditSince(DSLContext local) {
        Long base = local.select(CHECKOUT_ORIGIN.AUDIT_BASE)
                .from(CHECKOUT_ORIGIN)
                .where(CHECKOUT_ORIGIN.ID.eq(THE_ORIGIN))
                .fetchOne(CHECKOUT_ORIGIN.AUDIT_BASE);
        return local.select(AUDIT_ENTRY.fields())
                .from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ID.gt(base == null ? 0L : base))
                .orderBy(AUDIT_ENTRY.ID)
                .fetch();
    }

    /** Appends the laptop's audit rows to the server's trail, but those of the dossiers left to the server. */
    public static int appendAudit(DSLContext server, Result<Record> rows, Set<String> skippedDossiers) {
        int appended = 0;
        for (Record row : rows) {
            if (skippedDossiers.contains(row.get(AUDIT_ENTRY.DOSSIER_NUMBER))) {
                continue;
            }
            // a new id on the server; db_login: the server's default, the login checking in
            server.insertInto(AUDIT_ENTRY)
                    .set(AUDIT_ENTRY.CHANGED_AT, row.get(AUDIT_ENTRY.CHANGED_AT))
                    .set(AUDIT_ENTRY.WHO, row.get(AUDIT_ENTRY.WHO))
                    .set(AUDIT_ENTRY.DOSSIER_NUMBER, row.get(AUDIT_ENTRY.DOSSIER_NUMBER))
                    .set(AUDIT_ENTRY.FIELD, row.get(AUDIT_ENTRY.FIELD))
                    .set(AUDIT_ENTRY.OLD_VALUE, row.get(AUDIT_ENTRY.OLD_VALUE))
                    .set(AUDIT_ENTRY.NEW_VALUE, row.get(AUDIT_ENTRY.NEW_VALUE))
                    .execute();
            appended++;
        }
        return appended;
    }
}
