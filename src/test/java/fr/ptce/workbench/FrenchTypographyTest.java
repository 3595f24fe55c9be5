package fr.ptce.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.dossier.Champ;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * French typography in the texts users read: a non-breaking space (U+00A0) before « : ; ! ? », after « « » and
 * before « » ». Checked in the French bundles and in every string literal of {@code src/main/java}: a plain space
 * there is a mistake (the line may break before the colon, the guillemet may stand alone at a line's start).
 */
class FrenchTypographyTest {

    /** A plain space where French typography wants a non-breaking one. */
    private static final Pattern PLAIN_SPACE = Pattern.compile(" [:;!?]|« | »");

    private static final Path SOURCES = Path.of("src/main/java/fr/ptce/workbench");

    /** Synthetic demarches-simplifiees.fr data: applicants' texts and DS annotations, typed as applicants type. */
    private static final String SAMPLE_DATA = "application/samples/";

    /** Headers of the DS export, matched verbatim against the files: data, not our prose. */
    private static final Set<String> DS_HEADERS =
            Set.of("FranceConnect ?", "France connecté ?", Champ.DECLARED_QPV.label(), Champ.DECLARED_ZRR.label());

    @Test
    void frenchBundlesUseNonBreakingSpaces() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String bundle : List.of(
                "ui/messages_fr.properties",
                "ui/messages.properties",
                "cli/usage.properties",
                "domain/check/legal-form.properties",
                "domain/avis/alert.properties",
                "domain/national/gate.properties",
                "domain/phase2/link.properties")) {
            Properties properties = new Properties();
            try (InputStream in = FrenchTypographyTest.class.getResourceAsStream("/fr/ptce/workbench/" + bundle)) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            properties.stringPropertyNames().stream()
                    .sorted()
                    .filter(key ->
                            PLAIN_SPACE.matcher(properties.getProperty(key)).find())
                    .forEach(key -> problems.add(bundle + " " + key + "=" + properties.getProperty(key)));
        }
        assertEquals(List.of(), problems, "a plain space before : ; ! ? or inside « » (write \\u00a0)");
    }

    @Test
    void frenchStringLiteralsUseNonBreakingSpaces() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = SOURCES.relativize(file).toString().replace('\\', '/');
                if (relative.startsWith(SAMPLE_DATA)) {
                    continue;
                }
                for (Literal literal : literals(Files.readString(file, StandardCharsets.UTF_8))) {
                    if (PLAIN_SPACE.matcher(literal.text()).find() && isProse(literal.text())) {
                        problems.add(relative + ":" + literal.line() + ": \"" + literal.text() + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), problems, "a plain space before : ; ! ? or inside « » (write \\u00a0)");
    }

    @Test
    void theCheckReadsLiteralsAsTheCompilerDoes() {
        String source = """
                // "commentaire : ignoré"
                /* "bloc : ignoré" */
                char c = '"';
                String a = "Fichier « " + name + " » : refusé";
                String b = "Fichier \\u00ab\\u00a0" + name + "\\u00a0\\u00bb\\u00a0: refusé";
                String d = "guillemet \\" : échappé";
                """;
        List<Literal> found = literals(source);
        assertEquals(
                List.of(
                        "Fichier « ",
                        " » : refusé",
                        "Fichier «\u00a0",
                        "\u00a0»\u00a0: refusé",
                        "guillemet \" : échappé"),
                found.stream().map(Literal::text).toList());
        assertEquals(4, found.get(0).line());
        assertTrue(PLAIN_SPACE.matcher(found.get(1).text()).find());
        assertTrue(found.subList(2, 4).stream()
                .noneMatch(l -> PLAIN_SPACE.matcher(l.text()).find()));
        assertTrue(!isProse("dossiers_(?: ?\\(\\d+\\))?") && !isProse("FranceConnect ?") && isProse("Total : "));
    }

    /** Whether a literal is text for readers: not a DS header (data) nor a regular expression (a group {@code (?}). */
    private static boolean isProse(String text) {
        return !DS_HEADERS.contains(text) && !text.contains("(?");
    }

    /** A string literal's value (escapes other than quotes and backslashes kept as written) and its line. */
    private record Literal(String text, int line) {}

    /** The string literals and text blocks of a Java source, outside comments and char literals. */
    private static List<Literal> literals(String rawSource) {
        String source = unicodeEscapesDecoded(rawSource);
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2) + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                literals.add(new Literal(unescaped(source.substring(i + 3, end)), line));
                line += count(source, i, end);
                i = end + 3;
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (source.charAt(end) != c) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    literals.add(new Literal(unescaped(source.substring(i + 1, end)), line));
                }
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static int count(String text, int from, int to) {
        return (int) text.substring(from, to).chars().filter(ch -> ch == '\n').count();
    }

    /** Unicode escapes decoded first, as javac does: {@code "\u00a0"} in a literal is a non-breaking space. */
    private static String unicodeEscapesDecoded(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int backslashes = 0;
            for (int k = i - 1; k >= 0 && source.charAt(k) == '\\'; k--) {
                backslashes++;
            }
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < source.length() && source.charAt(i + 1) == 'u') {
                int hex = i + 1;
                while (source.charAt(hex) == 'u') {
                    hex++;
                }
                out.append((char) Integer.parseInt(source.substring(hex, hex + 4), 16));
                i = hex + 4;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Escaped quotes and backslashes as the characters they stand for. */
    private static String unescaped(String literal) {
        return literal.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
