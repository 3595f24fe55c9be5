package fr.ptce.workbench.domain.kit;

import fr.ptce.workbench.domain.dossier.Referent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes a dossier's referent out of a text for a pseudonymised kit: the e-mail, the phone number written with
 * any separators, the full name and each part of it of three letters or more (whole words, any case) become
 * {@code [référent]}.
 */
public final class Pseudonymiser {

    public static final String MASK = "[référent]";

    private final List<Pattern> patterns = new ArrayList<>();

    public Pseudonymiser(Referent referent) {
        if (referent == null) {
            return;
        }
        if (present(referent.email())) {
            patterns.add(Pattern.compile(Pattern.quote(referent.email().strip()), Pattern.CASE_INSENSITIVE));
        }
        String digits = referent.phone() == null ? "" : referent.phone().replaceAll("\\D", "");
        if (digits.length() >= 6) {
            String tail = digits.startsWith("33")
                    ? digits.substring(2)
                    : digits.startsWith("0") ? digits.substring(1) : digits;
            StringBuilder regex = new StringBuilder("(?:(?:\\+|00)\\s*33\\s*(?:\\(0\\))?|0)?[\\s.\\-]*");
            for (char c : tail.toCharArray()) {
                regex.append(c).append("[\\s.\\-]*");
            }
            patterns.add(Pattern.compile(regex.toString()));
            patterns.add(Pattern.compile(Pattern.quote(referent.phone().strip())));
        }
        if (present(referent.name())) {
            String name = referent.name().strip();
            patterns.add(word(name));
            List<String> parts = new ArrayList<>(List.of(name.split("[\\s\\-']+")));
            parts.removeIf(p -> p.codePointCount(0, p.length()) < 3);
            parts.sort(Comparator.comparingInt(String::length).reversed());
            parts.forEach(p -> patterns.add(word(p)));
        }
    }

    /** The text without the referent's name, e-mail and phone (null stays null). */
    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Pattern p : patterns) {
            out = p.matcher(out).replaceAll(Matcher.quoteReplacement(MASK));
        }
        return out;
    }

    private static Pattern word(String text) {
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(text.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
