package fr.ptce.workbench.ui.common;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The 18 regions of France, by name, read from the map's resource ({@code regions/regions.tsv}). */
public final class Regions {

    private static final List<String> NAMES = load();

    private Regions() {}

    /** No region first (the empty name), then the regions in French alphabetical order. */
    public static List<String> names() {
        return NAMES;
    }

    private static List<String> load() {
        Collator french = Collator.getInstance(Locale.FRENCH);
        List<String> names = new ArrayList<>(RegionShapes.all().stream()
                .map(RegionShapes.Shape::name)
                .sorted(french)
                .toList());
        names.add(0, "");
        return List.copyOf(names);
    }
}
