package fr.ptce.workbench.domain.dossier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed in a dossier between two imports, as the labels a reviewer recognises (champ labels and DS
 * column headers). DS bookkeeping that moves on its own ({@code Dernière mise à jour le}) is not a change.
 */
public final class DossierDiff {

    /** The label of the communes block, used when the perimeter changed. */
    public static final String COMMUNES = "Communes du périmètre";

    private static final Map<String, Function<Dossier, Object>> TRACKED = tracked();

    private DossierDiff() {}

    /** The changed fields, in form order; empty when the dossier is unchanged. */
    public static List<String> changedFields(Dossier before, Dossier after) {
        List<String> changed = new ArrayList<>();
        TRACKED.forEach((label, field) -> {
            if (!Objects.equals(field.apply(before), field.apply(after))) {
                changed.add(label);
            }
        });
        for (Champ champ : Champ.values()) {
            if (!Objects.equals(before.valueOf(champ), after.valueOf(champ))) {
                changed.add(champ.label());
            }
        }
        if (before.territory().communesKnown()
                && after.territory().communesKnown()
                && !before.territory().communes().equals(after.territory().communes())) {
            changed.add(COMMUNES);
        }
        changed.addAll(otherFieldsChanged(before, after));
        return List.copyOf(changed);
    }

    private static List<String> otherFieldsChanged(Dossier before, Dossier after) {
        Map<String, List<String>> old = byHeader(before.otherFields());
        Map<String, List<String>> now = byHeader(after.otherFields());
        List<String> changed = new ArrayList<>();
        now.forEach((header, values) -> {
            if (!values.equals(old.getOrDefault(header, List.of()))) {
                changed.add(header);
            }
        });
        old.keySet().stream().filter(h -> !now.containsKey(h)).forEach(changed::add);
        return changed;
    }

    private static Map<String, List<String>> byHeader(List<RawCell> cells) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (RawCell cell : cells) {
            values.computeIfAbsent(cell.header(), h -> new ArrayList<>()).add(cell.value());
        }
        return values;
    }

    private static Map<String, Function<Dossier, Object>> tracked() {
        Map<String, Function<Dossier, Object>> fields = new LinkedHashMap<>();
        fields.put(FixedColumn.STATE.header(), d -> d.tracking().state());
        fields.put(FixedColumn.ARCHIVED.header(), d -> d.tracking().archived());
        fields.put(FixedColumn.EMAIL.header(), d -> d.tracking().accountEmail());
        fields.put(FixedColumn.DEPOSITED_AT.header(), d -> instant(d.tracking().depositedAt()));
        fields.put(
                FixedColumn.INSTRUCTION_AT.header(), d -> instant(d.tracking().instructionAt()));
        fields.put(FixedColumn.PROCESSED_AT.header(), d -> instant(d.tracking().processedAt()));
        fields.put(FixedColumn.MOTIVATION.header(), d -> d.tracking().motivation());
        fields.put(FixedColumn.INSTRUCTORS.header(), d -> d.tracking().instructors());
        fields.put(FixedColumn.INSTRUCTOR_GROUP.header(), d -> d.tracking().instructorGroup());
        fields.put("SIRET", d -> d.structure().siret());
        fields.put(
                FixedColumn.ENTERPRISE_LEGAL_FORM.header(), d -> d.structure().legalCategory());
        return fields;
    }

    private static Object instant(java.time.OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
