package fr.ptce.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.cli.WorkbenchCommand;
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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Keeps the docs true to the code, as the hostile-corpus table of reliability.md is kept true to its cases: every
 * class, command and option a tracked markdown doc names must exist, and no tracked file may point outside the
 * repository. A name is checked when the doc marks it as code:
 * <ul>
 * <li>a class: a back-quoted CamelCase name ({@code `ImportDossiers`}, {@code `ImportDossiers.fromFile`},
 * {@code `domain.review.ReviewComparison`}), a back-quoted one-word name with a member ({@code `Wave.onTime`}),
 * any back-quoted name in the glossary's code column, and CamelCase names in the flow diagrams (unlabelled fenced
 * blocks); it must be a class, record, enum or interface of src/main/java or src/test/java, the member a word of its
 * source, the package prefix the end of its package;</li>
 * <li>a command: the word after {@code ptce-workbench} or after the jar in {@code java -jar …ptce-workbench….jar},
 * or the first word of a back-quoted command line ({@code `kit import --workspace W …`}); it must be a picocli
 * subcommand of {@link WorkbenchCommand} (and the second word a subcommand of it when it has some), and the options
 * of that line must be options of that command;</li>
 * <li>an option: any {@code --name}; it must be an option of some command, of the window's launcher, or of a tool
 * named in {@link #OTHER_TOOLS_OPTIONS}.</li>
 * </ul>
 * {@link #aRenamedClassCommandOrOptionIsCaught} proves that each check fails on a renamed name.
 */
class DocsNameCodeTest {

    /** The docs checked: every tracked markdown page a reader meets. */
    static List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>();
        try (Stream<Path> pages = Files.list(Path.of("src/site/markdown"))) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        docs.addAll(List.of(Path.of("README.md"), Path.of("installer/README.md"), Path.of("samples/README.md")));
        return docs;
    }

    /**
     * Options of tools other than the workbench, which the docs name when they show how to build or measure:
     * each with the tool it belongs to.
     */
    static final Map<String, String> OTHER_TOOLS_OPTIONS = Map.ofEntries(
            // jpackage, in installer/README.md's manual packaging commands
            Map.entry("--type", "jpackage"), Map.entry("--input", "jpackage"), Map.entry("--main-jar", "jpackage"),
            Map.entry("--main-class", "jpackage"), Map.entry("--java-options", "jpackage"),
            Map.entry("--dest", "jpackage"), Map.entry("--app-version", "jpackage"),
            Map.entry("--vendor", "jpackage"), Map.entry("--icon", "jpackage"),
            Map.entry("--module-path", "jpackage / jlink"), Map.entry("--add-modules", "jpackage / jlink"),
            Map.entry("--win-shortcut", "jpackage"), Map.entry("--win-menu", "jpackage"),
            Map.entry("--win-menu-group", "jpackage"), Map.entry("--win-dir-chooser", "jpackage"),
            Map.entry("--mac-package-name", "jpackage"),
            // jdeps, which computes the runtime's modules
            Map.entry("--print-module-deps", "jdeps"),
            // installer/build-linux.sh, which also builds the .deb
            Map.entry("--deb", "installer/build-linux.sh"),
            // jfr print, in performance.md's profiling recipe
            Map.entry("--stack-depth", "jfr print"),
            // HostileCorpusRunner, the test program that prints reliability.md's corpus table
            Map.entry("--table", "HostileCorpusRunner (src/test/java)"));

    /** Programs other than the workbench whose back-quoted command lines the docs show. */
    static final Set<String> OTHER_PROGRAMS = Set.of("java", "jpackage", "jdeps", "jfr", "mvn", "git", "apt",
            "apt-get", "soffice", "python3", "xdotool");

    /**
     * Classes of the JDK and of the libraries that performance.md and reliability.md name when they say where time
     * or memory went: each must be on the test classpath, with the member the doc names.
     */
    static final Map<String, String> LIBRARY_TYPES = Map.ofEntries(
            Map.entry("System", "java.lang.System"), Map.entry("Process", "java.lang.Process"),
            Map.entry("Stage", "javafx.stage.Stage"),
            Map.entry("SWArgbPreTexture", "com.sun.prism.sw.SWArgbPreTexture"),
            Map.entry("RegionImageCache", "com.sun.javafx.sg.prism.RegionImageCache"),
            Map.entry("DSLContext", "org.jooq.DSLContext"), Map.entry("BatchSingle", "org.jooq.impl.BatchSingle"),
            Map.entry("MVStore", "org.h2.mvstore.MVStore"), Map.entry("FileStore", "org.h2.mvstore.FileStore"),
            Map.entry("TransactionStore", "org.h2.mvstore.tx.TransactionStore"),
            Map.entry("LobStorageMap", "org.h2.mvstore.db.LobStorageMap"),
            Map.entry("RowDataType", "org.h2.mvstore.db.RowDataType"),
            Map.entry("ValueClob", "org.h2.value.ValueClob"), Map.entry("Sequence", "org.h2.schema.Sequence"),
            Map.entry("CompressLZF", "org.h2.compress.CompressLZF"),
            Map.entry("ChangeFileEncryption", "org.h2.tools.ChangeFileEncryption"));

    /** Names the docs mark as code that look like types and are none, each with what it is. */
    static final Map<String, String> NOT_TYPES = Map.of(
            "VmRSS", "a field of /proc/<pid>/status",
            "MaxHeapFreeRatio", "a JVM flag (-XX:MaxHeapFreeRatio)",
            "OldObjectSample", "a JFR event (jdk.OldObjectSample)",
            "DDLDatabase", "jOOQ's code generator, configured in pom.xml, not on the test classpath",
            "JavaFX", "the UI toolkit", "ControlsFX", "a library of JavaFX controls");

    /** Strings no tracked file may hold: paths and documents outside the repository (built so as not to match here). */
    static final List<String> OUTSIDE = List.of("../" + "shared", "/" + "work/", "shared" + "/formats",
            "DESIGN" + ".md", "STYLE" + ".md", "TOOLCHAIN" + ".md", "ds-" + "export.md", "ptce-" + "procedure.md",
            "ptce-" + "call-texts", "ptce-" + "phase2.md");

    /**
     * Files still pointing outside on this branch because another change rewrites them (issue 17): remove an entry
     * as soon as its file is clean.
     */
    static final Set<String> OUTSIDE_PENDING_ELSEWHERE = Set.of("README.md", ".ci/kill-after-save",
            "src/test/java/fr/ptce/workbench/LibreOffice.java");

    private static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\s*\\n(.*?)^```\\s*$", Pattern.DOTALL);
    private static final Pattern SPAN = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern WRAPPED_SPAN = Pattern.compile("`([^`\\n]+(?:\\n[^`\\n]+)?)`");
    private static final String CAMEL = "[A-Z][a-z0-9]+(?:[A-Z][a-z0-9]*)+";
    private static final String WORD = "[A-Z][A-Za-z0-9]*";
    private static final Pattern TYPE_SPAN = Pattern.compile(
            "((?:[a-z][a-z0-9]*\\.)*)(" + WORD + ")((?:\\.[A-Za-z_][A-Za-z0-9_]*)*)(?:\\(\\))?");
    private static final Pattern CAMEL_TOKEN = Pattern.compile("(?<![\\w.])((?:[a-z][a-z0-9]*\\.)*)(" + CAMEL
            + ")((?:\\.[A-Za-z_][A-Za-z0-9_]*)?)");
    private static final Pattern FILE_NAME = Pattern.compile(
            ".*\\.(md|java|xlsx|csv|json|properties|sql|png|sh|py|zip|tsv|txt|jar|exe|msi|deb|ico|svg)$");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    private static final Pattern LAUNCH = Pattern.compile(
            "(?:java\\s+-jar\\s+\\S*ptce-workbench\\S*\\.jar|(?<![\\w/.-])ptce-workbench(?![\\w.-]))"
                    + "((?:[ \\t]+[^\\s#`]+)*)");
    /** Where a doc lists commands by name: « En ligne de commande : `backup`, `restore` », « commande `password` ». */
    private static final Pattern COMMAND_LIST = Pattern.compile("(?i)(?:ligne de commande|command line)\\s*:");
    private static final Pattern NAMED_COMMAND = Pattern.compile(
            "(?i)\\b(?:sous-)?(?:commande|command|subcommand)s? `([a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)?)`");
    private static final Pattern BARE_COMMAND = Pattern.compile("[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)?");
    private static final Pattern COMMAND_SPAN = Pattern.compile("([a-z][a-z0-9-]*)((?: [^ ]+)*?) --.*");

    private static Map<String, List<Path>> types;
    private static CommandLine root;
    private static Set<String> allOptions;

    @BeforeAll
    static void indexTheCode() throws IOException {
        types = new HashMap<>();
        Pattern declaration = Pattern.compile("\\b(?:class|interface|enum|record)\\s+([A-Z]\\w*)");
        for (String tree : List.of("src/main/java", "src/test/java")) {
            try (Stream<Path> files = Files.walk(Path.of(tree))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String name = file.getFileName().toString().replace(".java", "");
                    types.computeIfAbsent(name, n -> new ArrayList<>()).add(file);
                    Matcher nested = declaration.matcher(Files.readString(file));
                    while (nested.find()) {
                        if (!nested.group(1).equals(name)) {
                            types.computeIfAbsent(nested.group(1), n -> new ArrayList<>()).add(file);
                        }
                    }
                }
            }
        }
        root = new CommandLine(new WorkbenchCommand());
        allOptions = new TreeSet<>(launcherOptions());
        collectOptions(root, allOptions);
    }

    private static void collectOptions(CommandLine command, Set<String> into) {
        command.getCommandSpec().options().forEach(o -> into.addAll(List.of(o.names())));
        command.getSubcommands().values().forEach(c -> collectOptions(c, into));
    }

    /** The window's own options, read from {@code LaunchOptions}: a renamed one fails here too. */
    private static Set<String> launcherOptions() throws IOException {
        String source = Files.readString(Path.of("src/main/java/fr/ptce/workbench/ui/LaunchOptions.java"));
        Set<String> options = new TreeSet<>();
        Matcher m = Pattern.compile("\"(--[a-z-]+)[=\"]").matcher(source);
        while (m.find()) {
            options.add(m.group(1));
        }
        assertEquals(Set.of("--demo", "--workspace"), options, "LaunchOptions changed: update this test");
        return options;
    }

    @Test
    void everyClassTheDocsNameExists() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path doc : docs()) {
            problems.addAll(typeProblems(doc.toString(), Files.readString(doc)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCommandTheDocsNameExistsWithTheOptionsGivenIt() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path doc : docs()) {
            problems.addAll(commandProblems(doc.toString(), Files.readString(doc)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyOptionTheDocsNameExists() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path doc : docs()) {
            problems.addAll(optionProblems(doc.toString(), Files.readString(doc)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theChecksSeeWhatTheDocsName() throws IOException {
        String architecture = Files.readString(Path.of("src/site/markdown/architecture.md"));
        assertTrue(typeNames(architecture).containsAll(Set.of("ImportDossiers", "ArchitectureTest",
                "ReviewComparison", "DsExportReader", "ExportAvisDialogs")), typeNames(architecture).toString());
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(commandNames(readme).containsAll(Set.of("import", "dossiers", "kit export", "kit import",
                "national", "consolidate", "backup")), commandNames(readme).toString());
        String guide = Files.readString(Path.of("src/site/markdown/guide.md"));
        assertTrue(commandNames(guide).containsAll(Set.of("export-avis", "consolidate", "kit progress", "restore",
                "purge", "password", "national")), commandNames(guide).toString());
    }

    @Test
    void aRenamedClassCommandOrOptionIsCaught() throws IOException {
        String architecture = Files.readString(Path.of("src/site/markdown/architecture.md"));
        assertEquals(List.of(), typeProblems("architecture.md", architecture));
        assertFalse(typeProblems("architecture.md", architecture.replace("`ExportAvisDialogs`",
                "`ExportAvisDialog`")).isEmpty(), "a renamed class in a span");
        assertFalse(typeProblems("architecture.md", architecture.replace("ImportDossiers.fromFile",
                "ImportDossiers.fromPath")).isEmpty(), "a renamed method in a diagram");
        assertFalse(typeProblems("glossary.md", "| vague | `Wave` |\n| campagne | `Campain` |\n").isEmpty(),
                "a one-word class of the glossary");
        assertFalse(typeProblems("glossary.md", "| cible | Target |\n").isEmpty(), "a class not back-quoted");
        assertFalse(typeProblems("x.md", "see `domain.check.ReviewComparison`").isEmpty(), "a wrong package");
        String readme = "```sh\njava -jar target/ptce-workbench.jar import --workspace W f.xlsx\n```\n";
        assertEquals(List.of(), commandProblems("README.md", readme));
        assertFalse(commandProblems("README.md", readme.replace("import", "importer")).isEmpty(), "a command");
        assertFalse(commandProblems("README.md", readme.replace("--workspace", "--out")).isEmpty(),
                "an option of another command");
        assertFalse(commandProblems("guide.md", "`kit exporter --workspace W`").isEmpty(), "a subcommand");
        assertEquals(List.of(), commandProblems("guide.md", "En ligne de commande : `backup`, `kit import`."));
        assertFalse(commandProblems("guide.md", "En ligne de commande : `backup`, `sauvegarde`.").isEmpty(),
                "a command listed by name");
        assertFalse(commandProblems("guide.md", "(commande `mot-de-passe`)").isEmpty(), "a command named");
        assertFalse(optionProblems("guide.md", "with `--workspaces`").isEmpty(), "an option");
        assertFalse(outsideProblems("x.md", "see ../" + "shared/tools").isEmpty(), "a path outside");
        assertEquals(List.of(), citationProblems(Path.of("X.java"), "(formats.md §1.3–§1.5, §2.4), see"
                + " architecture.md, « Layers »"));
        assertFalse(citationProblems(Path.of("X.java"), "(formats.md §1.3, §1." + "99)").isEmpty(),
                "a section number");
        assertFalse(citationProblems(Path.of("X.java"), "see architecture" + ".md « Layer cake »").isEmpty(),
                "a section title");
    }

    @Test
    void noTrackedFilePointsOutsideTheRepository() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : trackedFiles()) {
            if (OUTSIDE_PENDING_ELSEWHERE.contains(file.toString().replace('\\', '/')) || !Files.isRegularFile(file)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (isBinary(bytes)) {
                continue;
            }
            problems.addAll(outsideProblems(file.toString(), new String(bytes, StandardCharsets.UTF_8)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everySectionCitedExists() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : trackedFiles()) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!isBinary(bytes)) {
                problems.addAll(citationProblems(file, new String(bytes, StandardCharsets.UTF_8)));
            }
        }
        assertEquals(List.of(), problems);
    }

    // ---- the checks, on one text

    private static final Pattern PAGE = Pattern.compile("\\b([\\w-]+\\.md)\\b");
    private static final Pattern SECTION_NUMBER = Pattern.compile("§(\\d+(?:\\.\\d+)*)");
    private static final Pattern HEADING_CITED = Pattern.compile("\\b([\\w-]+\\.md)[,:]? «\\s*([^»]+?)\\s*»");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,4} (?:(\\d+(?:\\.\\d+)*)\\.? )?(.*)$");

    /**
     * Sections cited by number (« formats.md §1.5 », or « §1.5 » inside a page) or by title (« architecture.md,
     * « Layers » ») must be headings of the page: a renumbered or renamed section fails here.
     */
    static List<String> citationProblems(Path file, String text) {
        List<String> problems = new ArrayList<>();
        Path site = Path.of("src/site/markdown");
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Matcher number = SECTION_NUMBER.matcher(lines[i]); number.find(); ) {
                String page = null;
                for (Matcher m = PAGE.matcher(lines[i].substring(0, number.start())); m.find(); ) {
                    page = m.group(1);
                }
                Path target = page != null ? site.resolve(page) : file.startsWith(site) ? file : null;
                if (target == null || !Files.exists(target)) {
                    continue;
                }
                if (!headings(target).containsKey(number.group(1))) {
                    problems.add(file + ":" + (i + 1) + ": " + target.getFileName() + " has no section §"
                            + number.group(1));
                }
            }
            for (Matcher cited = HEADING_CITED.matcher(lines[i]); cited.find(); ) {
                Path target = site.resolve(cited.group(1));
                String title = cited.group(2).toLowerCase(java.util.Locale.ROOT);
                if (Files.exists(target) && headings(target).values().stream()
                        .noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith(title))) {
                    problems.add(file + ":" + (i + 1) + ": " + target.getFileName() + " has no section « "
                            + cited.group(2) + " »");
                }
            }
        }
        return problems;
    }

    /** The headings of a page: number (or the title itself when unnumbered) → title. */
    private static Map<String, String> headings(Path page) {
        Map<String, String> headings = new HashMap<>();
        for (Matcher m = HEADING.matcher(withoutFences(read(page))); m.find(); ) {
            headings.put(m.group(1) == null ? m.group(2) : m.group(1), m.group(2).strip());
        }
        return headings;
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
            boolean withMember = !m.group(3).isEmpty() && !m.group(2).equals(m.group(2).toUpperCase());
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
            if (!line.startsWith("|") || cells.length < 3 || cells[2].isBlank() || cells[2].startsWith("-")
                    || cells[2].strip().equals("code (en)")) {
                continue;
            }
            for (Matcher word = Pattern.compile("\\b[A-Z][a-z][A-Za-z0-9]*").matcher(SPAN.matcher(cells[2])
                    .replaceAll("")); word.find(); ) {
                problems.add(doc + ": « " + cells[2].strip() + " »: back-quote the class " + word.group()
                        + " or write the concept in lower case");
            }
        }
        return problems;
    }

    private static void check(String doc, String code, String packagePrefix, String name, String members,
            List<String> problems) {
        if (NOT_TYPES.containsKey(name)) {
            return;
        }
        String member = members.isEmpty() ? null : members.substring(1).split("\\.")[0];
        if (LIBRARY_TYPES.containsKey(name) && packagePrefix.isEmpty()) {
            String resource = LIBRARY_TYPES.get(name).replace('.', '/') + ".class";
            try (var in = DocsNameCodeTest.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    problems.add(doc + ": `" + code + "`: " + LIBRARY_TYPES.get(name) + " is not on the classpath");
                } else if (member != null && !new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                        .contains(member)) {
                    problems.add(doc + ": `" + code + "`: " + LIBRARY_TYPES.get(name) + " has no " + member);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        List<Path> files = types.getOrDefault(name, List.of());
        if (!packagePrefix.isEmpty()) {
            String folder = "/" + packagePrefix.replace('.', '/');
            files = files.stream().filter(f -> f.toString().replace('\\', '/').contains(folder)).toList();
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

    static List<String> commandProblems(String doc, String text) {
        List<String> problems = new ArrayList<>();
        for (CommandUse use : commandUses(text)) {
            CommandLine command = root.getSubcommands().get(use.words().get(0));
            if (command == null) {
                problems.add(doc + ": « " + use.line() + " »: no command " + use.words().get(0));
                continue;
            }
            if (!command.getSubcommands().isEmpty()) {
                CommandLine sub = use.words().size() > 1 ? command.getSubcommands().get(use.words().get(1)) : null;
                if (sub == null && use.words().size() > 1) {
                    problems.add(doc + ": « " + use.line() + " »: no command " + use.words().get(0) + " "
                            + use.words().get(1));
                    continue;
                }
                command = sub == null ? command : sub;
            }
            Set<String> options = new TreeSet<>();
            command.getCommandSpec().options().forEach(o -> options.addAll(List.of(o.names())));
            root.getCommandSpec().options().forEach(o -> options.addAll(List.of(o.names())));
            for (Matcher o = OPTION.matcher(use.options()); o.find(); ) {
                if (!options.contains(o.group())) {
                    problems.add(doc + ": « " + use.line() + " »: " + command.getCommandName() + " has no "
                            + o.group());
                }
            }
        }
        return problems;
    }

    static Set<String> commandNames(String text) {
        Set<String> names = new TreeSet<>();
        for (CommandUse use : commandUses(text)) {
            CommandLine command = root.getSubcommands().get(use.words().get(0));
            boolean nested = command != null && !command.getSubcommands().isEmpty() && use.words().size() > 1;
            names.add(nested ? use.words().get(0) + " " + use.words().get(1) : use.words().get(0));
        }
        return names;
    }

    /** A command line of a doc: its command words (one, or two for a nested one) and the text of its options. */
    record CommandUse(String line, List<String> words, String options) {
    }

    private static List<CommandUse> commandUses(String text) {
        List<CommandUse> uses = new ArrayList<>();
        for (String line : text.split("\n")) {
            // a shell comment may name another command's options: it is checked as prose
            String command = line.replaceFirst("\\s#\\s.*$", "");
            Matcher list = COMMAND_LIST.matcher(line);
            if (list.find()) {
                // the list ends with the sentence or at a parenthesis
                String listed = line.substring(list.end()).split("[();]|\\.(?:\\s|$)")[0];
                for (Matcher span = SPAN.matcher(listed); span.find(); ) {
                    if (BARE_COMMAND.matcher(span.group(1)).matches()) {
                        uses.add(new CommandUse(span.group(1), words(span.group(1)), ""));
                    }
                }
            }
            for (Matcher named = NAMED_COMMAND.matcher(line); named.find(); ) {
                uses.add(new CommandUse(named.group(1), words(named.group(1)), ""));
            }
            for (Matcher m = LAUNCH.matcher(command); m.find(); ) {
                List<String> words = words(m.group(1));
                if (!words.isEmpty()) {
                    uses.add(new CommandUse(line.strip(), words, m.group(1)));
                }
            }
        }
        // a command line in back-quotes may wrap onto the next line of the paragraph
        for (Matcher span = WRAPPED_SPAN.matcher(withoutFences(text)); span.find(); ) {
            String code = span.group(1).replaceAll("\\s+", " ").strip();
            Matcher m = COMMAND_SPAN.matcher(code);
            if (m.matches() && !OTHER_PROGRAMS.contains(m.group(1)) && !code.contains("ptce-workbench")) {
                uses.add(new CommandUse(code, words(m.group(1) + m.group(2)), code));
            }
        }
        return uses;
    }

    /** The leading command words: lowercase words before the first option or argument-looking token. */
    private static List<String> words(String arguments) {
        List<String> words = new ArrayList<>();
        for (String token : arguments.strip().split("\\s+")) {
            if (!token.matches("[a-z][a-z0-9-]*") || words.size() == 2) {
                break;
            }
            words.add(token);
        }
        return words;
    }

    static List<String> optionProblems(String doc, String text) {
        Map<String, Integer> unknown = new TreeMap<>();
        for (Matcher o = OPTION.matcher(text.replaceAll("https?://\\S+", "")); o.find(); ) {
            if (!allOptions.contains(o.group()) && !OTHER_TOOLS_OPTIONS.containsKey(o.group())) {
                unknown.merge(o.group(), 1, Integer::sum);
            }
        }
        return unknown.keySet().stream().map(o -> doc + ": " + o + " is an option of no command").toList();
    }

    static List<String> outsideProblems(String file, String text) {
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String outside : OUTSIDE) {
                if (lines[i].contains(outside)) {
                    problems.add(file + ":" + (i + 1) + ": points outside the repository (" + outside + ")");
                }
            }
        }
        return problems;
    }

    // ---- helpers

    private static String withoutFences(String text) {
        return FENCE.matcher(text).replaceAll("");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The files git tracks, or, outside a git checkout, every file but build output. */
    private static List<Path> trackedFiles() throws IOException {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z").redirectErrorStream(false).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor() == 0 && !out.isEmpty()) {
                return Stream.of(out.split("\0")).filter(s -> !s.isEmpty()).map(Path::of).toList();
            }
        } catch (IOException | InterruptedException noGit) {
            // fall back on the tree
        }
        try (Stream<Path> files = Files.walk(Path.of(""))) {
            return files.filter(Files::isRegularFile).map(p -> Path.of("").toAbsolutePath().relativize(
                    p.toAbsolutePath())).filter(p -> !p.startsWith(".git") && !p.startsWith("target")).toList();
        }
    }
}
