package fr.ptce.workbench.domain.check;

import fr.ptce.workbench.domain.dossier.Section;
import fr.ptce.workbench.domain.dossier.Sections;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The length limit of each section in characters (the call gives pages and lines: 1 page = 3,000
 * characters, 1 line = 100), and which sections of a dossier exceed theirs.
 */
public final class LengthLimits {

    private final Map<Section, Integer> limits;

    private LengthLimits(Map<Section, Integer> limits) {
        this.limits = Collections.unmodifiableMap(new EnumMap<>(limits));
    }

    /** The defaults of formats.md §2.3. */
    public static LengthLimits defaults() {
        Map<Section, Integer> limits = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            limits.put(section, section.defaultLimit());
        }
        return new LengthLimits(limits);
    }

    /** The defaults with some sections' limits replaced (in characters, each positive). */
    public static LengthLimits withOverrides(Map<Section, Integer> overrides) {
        Map<Section, Integer> limits = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            Integer limit = overrides.get(section);
            if (limit != null && limit <= 0) {
                throw new IllegalArgumentException("A length limit must be positive: " + section + "=" + limit);
            }
            limits.put(section, limit == null ? section.defaultLimit() : limit);
        }
        return new LengthLimits(limits);
    }

    public int limit(Section section) {
        return limits.get(section);
    }

    /** The sections longer than their limit, in order. */
    public List<Section> overLimit(Sections sections) {
        List<Section> over = new ArrayList<>();
        for (Section section : Section.values()) {
            if (sections.length(section) > limit(section)) {
                over.add(section);
            }
        }
        return Collections.unmodifiableList(over);
    }
}
