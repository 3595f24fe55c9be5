package fr.ptce.workbench.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WCAG AA on the workbench's stylesheets: the colours of {@code .root} in workbench.css (light) and
 * workbench-dark.css (dark, over the light ones) read from the files, each text / background pair at least 4.5:1,
 * the focus ring and the charts' colours at least 3:1 against the background.
 */
class ThemeContrastTest {

    /** Text on its background: 4.5:1. */
    static final List<String[]> TEXT = List.of(
            pair("-ptce-fg", "-ptce-bg"),
            pair("-ptce-fg-muted", "-ptce-bg"),
            pair("-ptce-fg", "-ptce-bg-subtle"),
            pair("-ptce-fg-muted", "-ptce-bg-subtle"),
            pair("-ptce-accent", "-ptce-bg"),
            pair("-ptce-on-accent", "-ptce-accent"),
            pair("-ptce-fg", "-ptce-accent-subtle"),
            pair("-ptce-fg-muted", "-ptce-accent-subtle"),
            pair("-ptce-fg", "-ptce-accent-muted"),
            pair("-ptce-good-fg", "-ptce-good-bg"),
            pair("-ptce-warning-fg", "-ptce-warning-bg"),
            pair("-ptce-bad-fg", "-ptce-bad-bg"),
            pair("-ptce-neutral-fg", "-ptce-neutral-bg"),
            pair("-ptce-flag", "-ptce-bg"),
            pair("-ptce-hit", "-ptce-bg"),
            pair("-ptce-fg", "-ptce-disputed-bg"),
            pair("-ptce-fg", "-ptce-disputed-selected-bg"));
    /** Focus ring and large marks (chart bars and slices, the accent on its tint): 3:1. */
    static final List<String[]> GRAPHICS = List.of(
            pair("-ptce-focus", "-ptce-bg"), pair("-ptce-focus", "-ptce-bg-subtle"),
            pair("-ptce-focus", "-ptce-accent-subtle"), pair("-ptce-accent", "-ptce-accent-subtle"),
            pair("-ptce-chart-good", "-ptce-bg"), pair("-ptce-chart-warning", "-ptce-bg"),
            pair("-ptce-chart-bad", "-ptce-bg"), pair("-ptce-chart-neutral", "-ptce-bg"),
            pair("-ptce-chart-accent", "-ptce-bg"), pair("-ptce-good-border", "-ptce-bg"),
            pair("-ptce-warning-border", "-ptce-bg"), pair("-ptce-bad-border", "-ptce-bg"));

    @Test
    void theLuminanceFormulaGivesTheKnownRatios() {
        assertEquals(21.0, ratio("#000000", "#ffffff"), 0.01);
        assertEquals(1.0, ratio("#777777", "#777777"), 0.001);
        // the reference values of the WCAG's examples and of common tools
        assertEquals(4.48, ratio("#777777", "#ffffff"), 0.01);
        assertEquals(14.9, ratio("#000091", "#ffffff"), 0.05);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyTextPairMeetsAaAndEveryRingAndMarkThreeToOne(boolean dark) throws IOException {
        Map<String, String> colours = colours(dark);
        List<String> failures = new ArrayList<>();
        for (String[] p : TEXT) {
            check(colours, p, 4.5, failures);
        }
        for (String[] p : GRAPHICS) {
            check(colours, p, 3.0, failures);
        }
        assertTrue(failures.isEmpty(), (dark ? "dark: " : "light: ") + failures);
    }

    @ParameterizedTest
    @ValueSource(strings = {Theme.STYLESHEET, Theme.DARK_STYLESHEET})
    void everyLiteralTextColourReadsOnTheBackground(String file) throws IOException {
        Map<String, String> colours = colours(file.contains("dark"));
        // each rule's literal text colour against the rule's own literal background, else the window's
        Matcher rule = Pattern.compile("([^{}]+)\\{([^}]*)}").matcher(read(file));
        Pattern text = Pattern.compile("-fx-(?:text-)?fill:\\s*(#[0-9a-fA-F]{6})");
        Pattern background = Pattern.compile("-fx-background-color:\\s*(#[0-9a-fA-F]{6})");
        List<String> failures = new ArrayList<>();
        int count = 0;
        while (rule.find()) {
            Matcher m = text.matcher(rule.group(2));
            if (!m.find()) {
                continue;
            }
            count++;
            Matcher b = background.matcher(rule.group(2));
            String bg = b.find() ? b.group(1) : colours.get("-ptce-bg");
            double r = ratio(m.group(1), bg);
            if (r < 4.5) {
                failures.add(rule.group(1).strip() + " " + m.group(1) + " on " + bg + " " + String.format("%.2f", r));
            }
        }
        assertTrue(count > 0 || file.equals("workbench.css"), "no literal text colour read in " + file);
        assertTrue(failures.isEmpty(), file + ": " + failures);
    }

    @Test
    void theDarkThemeGivesEveryColourOfTheLightOne() throws IOException {
        Map<String, String> light = rootColours(read(Theme.STYLESHEET));
        Map<String, String> dark = rootColours(read(Theme.DARK_STYLESHEET));
        List<String> missing = light.keySet().stream()
                .filter(k -> k.startsWith("-ptce-"))
                .filter(k -> !dark.containsKey(k))
                .toList();
        assertTrue(missing.isEmpty(), "not redefined for the dark theme: " + missing);
        assertTrue(light.size() > 30, "light colours read: " + light.size());
    }

    @Test
    void theAccentIsBleuFranceOnWhite() throws IOException {
        Map<String, String> light = colours(false);
        assertEquals("#000091", light.get("-ptce-accent"));
        assertEquals("#ffffff", light.get("-ptce-bg"));
    }

    private static void check(Map<String, String> colours, String[] pair, double minimum, List<String> failures) {
        String fg = Objects.requireNonNull(colours.get(pair[0]), pair[0]);
        String bg = Objects.requireNonNull(colours.get(pair[1]), pair[1]);
        double r = ratio(fg, bg);
        if (r < minimum) {
            failures.add(pair[0] + " " + fg + " on " + pair[1] + " " + bg + ": " + String.format("%.2f", r));
        }
    }

    /** The colours in effect: the light ones, and the dark ones over them. */
    static Map<String, String> colours(boolean dark) throws IOException {
        Map<String, String> colours = rootColours(read(Theme.STYLESHEET));
        if (dark) {
            colours.putAll(rootColours(read(Theme.DARK_STYLESHEET)));
        }
        return colours;
    }

    /** The hexadecimal colours declared in a stylesheet's first {@code .root} block, by name. */
    static Map<String, String> rootColours(String css) {
        Matcher block = Pattern.compile("(?m)^\\.root\\s*\\{([^}]*)}").matcher(css);
        assertTrue(block.find(), "no .root block");
        Map<String, String> colours = new LinkedHashMap<>();
        Matcher m =
                Pattern.compile("(-[a-z0-9-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;").matcher(block.group(1));
        while (m.find()) {
            colours.put(m.group(1), m.group(2).toLowerCase());
        }
        return colours;
    }

    static String read(String stylesheet) throws IOException {
        try (InputStream in = Objects.requireNonNull(Theme.class.getResourceAsStream(stylesheet), stylesheet)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The WCAG 2 contrast ratio of two #rrggbb colours. */
    static double ratio(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2 relative luminance. */
    static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * channel(rgb >> 16 & 0xff) + 0.7152 * channel(rgb >> 8 & 0xff) + 0.0722 * channel(rgb & 0xff);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static String[] pair(String fg, String bg) {
        return new String[] {fg, bg};
    }
}
