package fr.ptce.workbench.ui.common;

import fr.ptce.workbench.domain.Accents;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The regions of France as SVG paths in a 1000 × 1000 box (resource {@code regions/regions.tsv}, see its
 * SOURCES.md): metropolitan France, the overseas regions in insets on the left.
 */
public final class RegionShapes {

    private static final String RESOURCE = "/fr/ptce/workbench/ui/regions/regions.tsv";

    /** One region: INSEE code, name, SVG path. */
    public record Shape(String code, String name, String path) {}

    private RegionShapes() {}

    public static List<Shape> all() {
        try (InputStream in = RegionShapes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t", 3))
                    .map(p -> new Shape(p[0], p[1], p[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A region's name for comparison: letters only, lower case, without accents ("Grand-Est" = "Grand Est"). */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        return Accents.strip(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
