package fr.ptce.workbench.persistence.national;

import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_DECISION;
import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_SETTING;

import fr.ptce.workbench.domain.national.CabinetDecision;
import fr.ptce.workbench.domain.national.NationalDecision;
import fr.ptce.workbench.persistence.common.VersionedRow;
import fr.ptce.workbench.persistence.generated.tables.records.NationalDecisionRecord;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * PESSII's proposals per dossier number (laureate, invited, overrides' reasons), the cabinet's decision, and the
 * national view's settings.
 */
public final class NationalDecisionRepository {

    private final DSLContext dsl;

    public NationalDecisionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every decision, by dossier number. */
    public Map<String, NationalDecision> all() {
        Map<String, NationalDecision> decisions = new LinkedHashMap<>();
        dsl.selectFrom(NATIONAL_DECISION)
                .orderBy(NATIONAL_DECISION.DOSSIER_NUMBER)
                .forEach(d -> decisions.put(d.getDossierNumber(), decision(d)));
        return decisions;
    }

    private static NationalDecision decision(NationalDecisionRecord d) {
        CabinetDecision decided = d.getDecidedOn() == null
                ? null
                : new CabinetDecision(
                        Boolean.TRUE.equals(d.getDecidedLaureate()), Boolean.TRUE.equals(d.getDecidedInvited()),
                        d.getDecidedBy(), d.getDecidedOn());
        return new NationalDecision(
                d.getDossierNumber(),
                d.getLaureate(),
                d.getInvited(),
                d.getLaureateOverride(),
                d.getInviteOverride(),
                decided);
    }

    /** The decision on a dossier (none yet: neither proposed nor decided). */
    public NationalDecision find(String dossierNumber) {
        return Optional.ofNullable(dsl.selectFrom(NATIONAL_DECISION)
                        .where(NATIONAL_DECISION.DOSSIER_NUMBER.eq(dossierNumber))
                        .fetchOne())
                .map(NationalDecisionRepository::decision)
                .orElseGet(() -> NationalDecision.none(dossierNumber));
    }

    /** The stored decision's version and last change, if any (version 0: none stored). */
    public Optional<VersionedRow.Stamp> stamp(String dossierNumber) {
        return row(dossierNumber).stamp(NATIONAL_DECISION.UPDATED_BY, NATIONAL_DECISION.UPDATED_AT);
    }

    /** Every stored decision's version, by dossier number. */
    public Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        dsl.select(NATIONAL_DECISION.DOSSIER_NUMBER, NATIONAL_DECISION.ROW_VERSION)
                .from(NATIONAL_DECISION)
                .forEach(r -> versions.put(r.value1(), r.value2()));
        return versions;
    }

    /** Stores a decision made under a campaign version, replacing the previous one whatever its version. */
    public void save(NationalDecision decision, int campaignVersion, String who, OffsetDateTime at) {
        row(decision.dossierNumber()).overwrite(values(decision, campaignVersion, who, at));
    }

    /**
     * Stores a decision over version {@code expected} (0: none stored yet); the new version, or {@link
     * VersionedRow#STALE} with nothing written when the stored decision is no longer at that version.
     */
    public long save(NationalDecision decision, int campaignVersion, String who, OffsetDateTime at, long expected) {
        return row(decision.dossierNumber()).write(expected, values(decision, campaignVersion, who, at));
    }

    private VersionedRow<NationalDecisionRecord> row(String number) {
        return new VersionedRow<>(
                dsl, NATIONAL_DECISION, NATIONAL_DECISION.DOSSIER_NUMBER.eq(number), NATIONAL_DECISION.ROW_VERSION);
    }

    private static Map<Field<?>, Object> values(
            NationalDecision decision, int campaignVersion, String who, OffsetDateTime at) {
        CabinetDecision decided = decision.decided();
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(NATIONAL_DECISION.DOSSIER_NUMBER, decision.dossierNumber());
        values.put(NATIONAL_DECISION.LAUREATE, decision.laureate());
        values.put(NATIONAL_DECISION.INVITED, decision.invited());
        values.put(NATIONAL_DECISION.LAUREATE_OVERRIDE, decision.laureateOverride());
        values.put(NATIONAL_DECISION.INVITE_OVERRIDE, decision.inviteOverride());
        values.put(NATIONAL_DECISION.CAMPAIGN_VERSION, campaignVersion);
        values.put(NATIONAL_DECISION.DECIDED_LAUREATE, decided == null ? null : decided.laureate());
        values.put(NATIONAL_DECISION.DECIDED_INVITED, decided == null ? null : decided.invited());
        values.put(NATIONAL_DECISION.DECIDED_BY, decided == null ? null : decided.by());
        values.put(NATIONAL_DECISION.DECIDED_ON, decided == null ? null : decided.on());
        values.put(NATIONAL_DECISION.UPDATED_BY, who);
        values.put(NATIONAL_DECISION.UPDATED_AT, at);
        return values;
    }

    /** Whether a decision was made under this campaign version (which is then frozen). */
    public boolean usesCampaignVersion(int version) {
        return dsl.fetchExists(NATIONAL_DECISION, NATIONAL_DECISION.CAMPAIGN_VERSION.eq(version));
    }

    /** A setting's value, if set. */
    public Optional<String> setting(String name) {
        return Optional.ofNullable(dsl.select(NATIONAL_SETTING.SETTING_VALUE)
                .from(NATIONAL_SETTING)
                .where(NATIONAL_SETTING.NAME.eq(name))
                .fetchOne(NATIONAL_SETTING.SETTING_VALUE));
    }

    public void setSetting(String name, String value) {
        int updated = dsl.update(NATIONAL_SETTING)
                .set(NATIONAL_SETTING.SETTING_VALUE, value)
                .where(NATIONAL_SETTING.NAME.eq(name))
                .execute();
        if (updated == 0) {
            dsl.insertInto(NATIONAL_SETTING)
                    .set(NATIONAL_SETTING.NAME, name)
                    .set(NATIONAL_SETTING.SETTING_VALUE, value)
                    .execute();
        }
    }

    /** A setting's version and last change (version 0: not stored). */
    public Optional<VersionedRow.Stamp> settingStamp(String name) {
        return setting(dsl, name).stamp(NATIONAL_SETTING.UPDATED_BY, NATIONAL_SETTING.UPDATED_AT);
    }

    /**
     * Stores a setting over version {@code expected} (0: not stored yet); the new version, or {@link
     * VersionedRow#STALE} with nothing written when someone else changed it since.
     */
    public long setSetting(String name, String value, String who, OffsetDateTime at, long expected) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(NATIONAL_SETTING.NAME, name);
        values.put(NATIONAL_SETTING.SETTING_VALUE, value);
        values.put(NATIONAL_SETTING.UPDATED_BY, who);
        values.put(NATIONAL_SETTING.UPDATED_AT, at);
        return setting(dsl, name).write(expected, values);
    }

    private static VersionedRow<fr.ptce.workbench.persistence.generated.tables.records.NationalSettingRecord> setting(
            DSLContext dsl, String name) {
        return new VersionedRow<>(dsl, NATIONAL_SETTING, NATIONAL_SETTING.NAME.eq(name), NATIONAL_SETTING.ROW_VERSION);
    }
}
