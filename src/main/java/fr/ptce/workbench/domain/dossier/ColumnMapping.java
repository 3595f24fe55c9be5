package fr.ptce.workbench.domain.dossier;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A user's mapping of export headers to champs, for exports whose headers were renamed (DS export templates).
 * Headers are compared after {@link LabelFolding}; the mapping is remembered per procedure.
 */
public final class ColumnMapping {

    /** No manual mapping: standard labels only. */
    public static final ColumnMapping NONE = new ColumnMapping(Map.of());

    private final Map<String, Champ> byFoldedHeader;
    private final Map<String, Champ> byHeader;

    private ColumnMapping(Map<String, Champ> byHeader) {
        this.byHeader = Collections.unmodifiableMap(new LinkedHashMap<>(byHeader));
        Map<String, Champ> folded = new LinkedHashMap<>();
        byHeader.forEach((header, champ) -> folded.put(LabelFolding.fold(header), champ));
        this.byFoldedHeader = Collections.unmodifiableMap(folded);
    }

    /** A mapping from export header to champ. */
    public static ColumnMapping of(Map<String, Champ> byHeader) {
        return new ColumnMapping(byHeader);
    }

    public Optional<Champ> champFor(String header) {
        return Optional.ofNullable(byFoldedHeader.get(LabelFolding.fold(header)));
    }

    /** Whether some header is mapped to this champ by hand (the standard label then loses it). */
    public boolean maps(Champ champ) {
        return byFoldedHeader.containsValue(champ);
    }

    /** The mapping as the user gave it: header → champ, in order. */
    public Map<String, Champ> entries() {
        return byHeader;
    }

    public boolean isEmpty() {
        return byHeader.isEmpty();
    }

    /** This mapping completed by another one for the headers it does not name. */
    public ColumnMapping orElse(ColumnMapping other) {
        Map<String, Champ> merged = new LinkedHashMap<>(other.byHeader);
        merged.putAll(byHeader);
        return new ColumnMapping(merged);
    }
}
