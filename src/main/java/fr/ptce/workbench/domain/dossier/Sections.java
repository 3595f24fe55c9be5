package fr.ptce.workbench.domain.dossier;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The texts of the ten sections S1–S10; an empty section is "". Line breaks are LF. */
public record Sections(Map<Section, String> texts) {

    public Sections {
        EnumMap<Section, String> copy = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            String text = texts.get(section);
            copy.put(section, text == null ? "" : text);
        }
        texts = Collections.unmodifiableMap(copy);
    }

    public String text(Section section) {
        return texts.get(section);
    }

    /** The length the call measures: Unicode code points, line breaks counted once. */
    public int length(Section section) {
        String text = texts.get(section);
        return text.codePointCount(0, text.length());
    }
}
