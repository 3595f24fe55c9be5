package fr.ptce.workbench;

import static fr.ptce.workbench.DocMarkdown.FENCE;
import static fr.ptce.workbench.DocMarkdown.SPAN;
import static fr.ptce.workbench.DocMarkdown.read;
import static fr.ptce.workbench.DocMarkdown.withoutFences;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The class names a doc marks as code must be classes of the code: see {@link DocsNameCodeTest} for what is checked.
 */
final class DocTypeNames {

    /**
     * Classes of the JDK and of the libraries that performance.md and reliability.md name when they say where time
     * or memory went: each must be on the test classpath, with the member the doc names.
     */
    static final Map<String, String> LIBRARY_TYPES = Map.ofEntries(
            Map.entry("System", "java.lang.System"),
            Map.entry("Process", "java.lang.Process"),
            Map.entry("Stage", "javafx.stage.Stage"),
            Map.entry("SWArgbPreTexture", "com.sun.prism.sw.SWArgbPreTexture"),
            Map.entry("RegionImageCache", "com.sun.javafx.sg.prism.RegionImageCache"),
            Map.entry("DSLContext", "org.jooq.DSLContext"),
            Map.entry("BatchSingle", "org.jooq.impl.BatchSingle"),
            Map.entry("MVStore", "org.h2.mvstore.MVStore"),
            Map.entry("FileStore", "org.h2.mvstore.FileStore"),
            Map.entry("TransactionStore", "org.h2.mvstore.tx.TransactionStore"),
            Map.entry("LobStorageMap", "org.h2.mvstore.db.LobStorageMap"),
            Map.entry("RowDataType", "org.h2.mvstore.db.RowDataType"),
            Map.entry("ValueClob", "org.h2.value.ValueClob"),
            Map.entry("Sequence", "org.h2.schema.Sequence"),
            Map.entry("CompressLZF", "org.h2.compress.CompressLZF"),
            Map.entry("ChangeFileEncryption", "org.h2.tools.ChangeFileEncryption"));

    /** Names the docs mark as code that look like types and are none, each with what it is. */
    static final Map<String, String> NOT_TYPES = Map.of(
            "VmRSS",
            "a field of /proc/<pid>/status",
            "MaxHeapFreeRatio",
            "a JVM flag (-XX:MaxHeapFreeRatio)",
            "OldObjectSample",
            "a JFR event (jdk.OldObjectSample)",
            "DDLDatabase",
            "jOOQ's code generator, configured in pom.xml, not on the test classpath",
            "JavaFX",
            "the UI toolkit",
            "ControlsFX",
            "a library of JavaFX controls");

    private static final String CAMEL = "[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+";
    private static final String WORD = "[A-Z][A-Za-z0-9]*";
    private static final Pattern TYPE_SPAN =
            Pattern.compile("((?:[a-z][a-z0-9]*\\.)*)(" + WORD + ")((?:\\.[A-Za-z_][A-Za-z0-9_]*)*)(?:\\(\\))?");
    private static final Pattern CAMEL_TOKEN =
            Pattern.compile("(?<![\\w.])((?:[a-z][a-z0-9]*\\.)*)(" + CAMEL + ")((?:\\.[A-Za-z_][A-Za-z0-9_]*)?)");
    private static final Pattern FILE_NAME = Pattern.compile(
            ".*\\.(md|java|xlsx|csv|json|properties|sql|png|sh|py|zip|tsv|txt|jar|exe|msi|deb|ico|svg)$");

    /** Simple name → the source files declaring a class, record, enum or interface of that name. */
    private static final Map<String, List<Path>> TYPES = index();

    private DocTypeNames() {}

    private static Map<String, List<Path>> index() {
        Map<String, List<Path>> types = new HashMap<>();
        try {
            Pattern declaration = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");
            for (String tree : List.of("src/main/java", "src/test/java")) {
                try (Stream<Path> files = Files.walk(Path.of(tree))) {
                    for (Path file :
                            files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        String name = file.getFileName().toString().replace(".java", "");
                        types.computeIfAbsent(name, n -> new ArrayList<>()).add(file);
                        Matcher nested = declaration.matcher(Files.readString(file));
                        while (nested.find()) {
                            if (!nested.group(1).equals(name)) {
                                types.computeIfAbsent(nested.group(1), n -> new ArrayList<>())
                                        .add(file);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }

    /**
     * The package map of architecture.md's « Layers » (its first diagram: a package per line, indented under its
     * parent, then what it holds) against the packages of src/main/java: each drawn package exists, each package
     * is drawn.
     */
    static List<String> packageMapProblems(String architecture) throws IOException {
        String layers = architecture.substring(architecture.indexOf("## Layers"));
        Matcher fence = FENCE.matcher(layers);
        if (!fence.find()) {
            return List.of("architecture.md: no package map under « Layers »");
        }
        Set<String> drawn = new TreeSet<>();
        String parent = null;
        for (String line : fence.group(2).split("\n")) {
            Matcher m = Pattern.compile("^( {2,4})([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*)(?:\\s|$)")
                    .matcher(line);
            if (!m.find()) {
                continue;
            }
            if (m.group(1).length() == 2) {
                parent = m.group(2);
                drawn.add(parent);
            } else if (parent != null) {
                drawn.add(parent + "." + m.group(2));
            }
        }
        Path root = Path.of("src/main/java/fr/ptce/workbench");
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir :
                    dirs.filter(Files::isDirectory).filter(d -> !d.equals(root)).toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    if (files.anyMatch(f -> f.toString().endsWith(".java"))) {
                        packages.add(root.relativize(dir).toString().replace(java.io.File.separatorChar, '.'));
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        drawn.stream()
                .filter(d -> !packages.contains(d))
                .forEach(d -> problems.add("architecture.md: the map draws " + d + ", which is no package"));
        packages.stream()
                .filter(d -> !drawn.contains(d))
                .forEach(d -> problems.add("architecture.md: the map misses the package " + d));
        return problems;
    }

    static List<String> typeProblems(String doc, String text) {
        List<String> problems = new ArrayList<>();
        boolean glossary = doc.endsWith("glossary.md");
        for (Matcher span = SPAN.matcher(withoutFences(text)); span.find(); ) {
            String code = span.group(1).strip();
            Matcher m = TYPE_SPAN.matcher(code);
            if (!m.matches() || FILE_NAME.matcher(code).matches()) {
                continue;
            }
            boolean camel = m.group(2).matches(CAMEL);
            boolean withMember =
                    !m.group(3).isEmpty() && !m.group(2).equals(m.group(2).toUpperCase());
            if (camel || withMember || glossary && !m.group(2).equals(m.group(2).toUpperCase())) {
                check(doc, code, m.group(1), m.group(2), m.group(3), problems);
            }
        }
        if (glossary) {
            problems.addAll(glossaryProblems(doc, text));
        }
        for (Matcher fence = FENCE.matcher(text); fence.find(); ) {
            if (!fence.group(1).isEmpty()) {
                continue;
            }
            for (Matcher m = CAMEL_TOKEN.matcher(fence.group(2)); m.find(); ) {
                check(doc, m.group(), m.group(1), m.group(2), m.group(3), problems);
            }
        }
        return problems;
    }

    /**
     * In the glossary's code column a class is back-quoted and a concept is in lower case, so that every class name
     * of it is checked: a capitalised word outside back-quotes (but an acronym, DS or INSEE) is a problem.
     */
    private static List<String> glossaryProblems(String doc, String text) {
        List<String> problems = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] cells = line.split("\\|");
            if (!line.startsWith("|")
                    || cells.length < 3
                    || cells[2].isBlank()
                    || cells[2].startsWith("-")
                    || cells[2].strip().equals("code (en)")) {
                continue;
            }
            for (Matcher word = Pattern.compile("\\b[A-Z][a-z][A-Za-z0-9]*")
                            .matcher(SPAN.matcher(cells[2]).replaceAll(""));
                    word.find(); ) {
                problems.add(doc + ": « " + cells[2].strip() + " »: back-quote the class " + word.group()
                        + " or write the concept in lower case");
            }
        }
        return problems;
    }

    private static void check(
            String doc, String code, String packagePrefix, String name, String members, List<String> problems) {
        if (NOT_TYPES.containsKey(name)) {
            return;
        }
        String member = members.isEmpty() ? null : members.substring(1).split("\\.")[0];
        if (LIBRARY_TYPES.containsKey(name) && packagePrefix.isEmpty()) {
            String resource = LIBRARY_TYPES.get(name).replace('.', '/') + ".class";
            try (var in = DocsNameCodeTest.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    problems.add(doc + ": `" + code + "`: " + LIBRARY_TYPES.get(name) + " is not on the classpath");
                } else if (member != null
                        && !new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains(member)) {
                    problems.add(doc + ": `" + code + "`: " + LIBRARY_TYPES.get(name) + " has no " + member);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        List<Path> files = TYPES.getOrDefault(name, List.of());
        if (!packagePrefix.isEmpty()) {
            String folder = "/" + packagePrefix.replace('.', '/');
            files = files.stream()
                    .filter(f -> f.toString().replace('\\', '/').contains(folder))
                    .toList();
        }
        if (files.isEmpty()) {
            problems.add(doc + ": `" + code + "` names no class of the code");
            return;
        }
        if (member != null) {
            Pattern word = Pattern.compile("\\b" + Pattern.quote(member) + "\\b");
            if (files.stream().noneMatch(f -> word.matcher(read(f)).find())) {
                problems.add(doc + ": `" + code + "`: " + name + " has no " + member);
            }
        }
    }

    static Set<String> typeNames(String text) {
        Set<String> names = new TreeSet<>();
        for (Matcher span = SPAN.matcher(withoutFences(text)); span.find(); ) {
            Matcher m = TYPE_SPAN.matcher(span.group(1).strip());
            if (m.matches()) {
                names.add(m.group(2));
            }
        }
        for (Matcher fence = FENCE.matcher(text); fence.find(); ) {
            for (Matcher m = CAMEL_TOKEN.matcher(fence.group(2)); m.find(); ) {
                names.add(m.group(2));
            }
        }
        return names;
    }
}
