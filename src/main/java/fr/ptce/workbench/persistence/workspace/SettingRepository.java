package fr.ptce.workbench.persistence.workspace;

import static fr.ptce.workbench.persistence.generated.Tables.WORKSPACE_SETTING;

import fr.ptce.workbench.persistence.common.ParisTime;
import fr.ptce.workbench.persistence.common.VersionedRow;
import fr.ptce.workbench.persistence.generated.tables.records.WorkspaceSettingRecord;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The workspace's settings and saved filters: named text values, each versioned ({@link VersionedRow}) with who
 * changed it last and when, so that a change over someone else's newer one is refused.
 */
public final class SettingRepository {

    /** A stored setting with its version and last change. */
    public record Stamped(String value, long version, String by, OffsetDateTime at) {}

    private final DSLContext dsl;

    public SettingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<String> find(String name) {
        return dsl.select(WORKSPACE_SETTING.SETTING_VALUE)
                .from(WORKSPACE_SETTING)
                .where(WORKSPACE_SETTING.NAME.eq(name))
                .fetchOptional(WORKSPACE_SETTING.SETTING_VALUE);
    }

    /** A setting with its version and last change, if stored. */
    public Optional<Stamped> stamped(String name) {
        return row(name)
                .read()
                .map(r -> new Stamped(
                        r.getSettingValue(), r.getRowVersion(), r.getUpdatedBy(), ParisTime.of(r.getUpdatedAt())));
    }

    /** Stores a value, replacing the previous one whatever its version. */
    public void put(String name, String value) {
        row(name).overwrite(values(name, value, null, null));
    }

    /**
     * Stores a value over version {@code expected} (0: not stored yet); the new version, or {@link
     * VersionedRow#STALE} with nothing written when the stored setting is no longer at that version.
     */
    public long put(String name, String value, long expected, String by, OffsetDateTime at) {
        return row(name).write(expected, values(name, value, by, at));
    }

    public void remove(String name) {
        dsl.deleteFrom(WORKSPACE_SETTING).where(WORKSPACE_SETTING.NAME.eq(name)).execute();
    }

    /** Removes a setting stored at version {@code expected}; false, nothing removed, when it is at another one. */
    public boolean remove(String name, long expected) {
        return dsl.deleteFrom(WORKSPACE_SETTING)
                        .where(WORKSPACE_SETTING.NAME.eq(name))
                        .and(WORKSPACE_SETTING.ROW_VERSION.eq(expected))
                        .execute()
                > 0;
    }

    /** Every setting's version by name (absent: not stored, version 0). */
    public Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        dsl.select(WORKSPACE_SETTING.NAME, WORKSPACE_SETTING.ROW_VERSION)
                .from(WORKSPACE_SETTING)
                .orderBy(WORKSPACE_SETTING.NAME)
                .forEach(r -> versions.put(r.value1(), r.value2()));
        return versions;
    }

    /** Every value whose name starts with the prefix, by name without the prefix, in name order. */
    public Map<String, String> withPrefix(String prefix) {
        Map<String, String> values = new LinkedHashMap<>();
        dsl.selectFrom(WORKSPACE_SETTING)
                .where(WORKSPACE_SETTING.NAME.startsWith(prefix))
                .orderBy(WORKSPACE_SETTING.NAME)
                .forEach(r -> values.put(r.getName().substring(prefix.length()), r.getSettingValue()));
        return values;
    }

    private VersionedRow<WorkspaceSettingRecord> row(String name) {
        return new VersionedRow<>(
                dsl, WORKSPACE_SETTING, WORKSPACE_SETTING.NAME.eq(name), WORKSPACE_SETTING.ROW_VERSION);
    }

    private static Map<Field<?>, Object> values(String name, String value, String by, OffsetDateTime at) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(WORKSPACE_SETTING.NAME, name);
        values.put(WORKSPACE_SETTING.SETTING_VALUE, value);
        values.put(WORKSPACE_SETTING.UPDATED_BY, by);
        values.put(WORKSPACE_SETTING.UPDATED_AT, at);
        return values;
    }
}
