package fr.ptce.workbench.persistence.workspace;

import static fr.ptce.workbench.persistence.generated.Tables.WORKSPACE_SETTING;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;

/** The workspace's settings and saved filters: named text values. */
public final class SettingRepository {

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

    /** Stores a value, replacing the previous one. */
    public void put(String name, String value) {
        int updated = dsl.update(WORKSPACE_SETTING)
                .set(WORKSPACE_SETTING.SETTING_VALUE, value)
                .where(WORKSPACE_SETTING.NAME.eq(name))
                .execute();
        if (updated == 0) {
            dsl.insertInto(WORKSPACE_SETTING)
                    .set(WORKSPACE_SETTING.NAME, name)
                    .set(WORKSPACE_SETTING.SETTING_VALUE, value)
                    .execute();
        }
    }

    public void remove(String name) {
        dsl.deleteFrom(WORKSPACE_SETTING).where(WORKSPACE_SETTING.NAME.eq(name)).execute();
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
}
