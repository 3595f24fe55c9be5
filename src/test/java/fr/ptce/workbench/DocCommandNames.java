package fr.ptce.workbench;

import static fr.ptce.workbench.DocMarkdown.SPAN;
import static fr.ptce.workbench.DocMarkdown.WRAPPED_SPAN;
import static fr.ptce.workbench.DocMarkdown.read;
import static fr.ptce.workbench.DocMarkdown.withoutFences;

import fr.ptce.workbench.cli.WorkbenchCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * The commands and options a doc names must be those of the command line (picocli's model of
 * {@link WorkbenchCommand}), of the window's launcher, or of a tool listed here: see {@link DocsNameCodeTest}.
 */
final class DocCommandNames {

    /**
     * Options of tools other than the workbench, which the docs name when they show how to build or measure:
     * each with the tool it belongs to.
     */
    static final Map<String, String> OTHER_TOOLS_OPTIONS = Map.ofEntries(
            // jpackage, in installer/README.md's manual packaging commands
            Map.entry("--type", "jpackage"),
            Map.entry("--input", "jpackage"),
            Map.entry("--main-jar", "jpackage"),
            Map.entry("--main-class", "jpackage"),
            Map.entry("--java-options", "jpackage"),
            Map.entry("--dest", "jpackage"),
            Map.entry("--app-version", "jpackage"),
            Map.entry("--vendor", "jpackage"),
            Map.entry("--icon", "jpackage"),
            Map.entry("--module-path", "jpackage / jlink"),
            Map.entry("--add-modules", "jpackage / jlink"),
            Map.entry("--win-shortcut", "jpackage"),
            Map.entry("--win-menu", "jpackage"),
            Map.entry("--win-menu-group", "jpackage"),
            Map.entry("--win-dir-chooser", "jpackage"),
            Map.entry("--mac-package-name", "jpackage"),
            // jdeps, which computes the runtime's modules
            Map.entry("--print-module-deps", "jdeps"),
            // installer/build-linux.sh, which also builds the .deb
            Map.entry("--deb", "installer/build-linux.sh"),
            // jfr print, in performance.md's profiling recipe
            Map.entry("--stack-depth", "jfr print"),
            // HostileCorpusRunner, the test program that prints reliability.md's corpus table
            Map.entry("--table", "HostileCorpusRunner (src/test/java)"),
            // PostgreSQL's createuser and createdb, in the README's team server set-up
            Map.entry("--pwprompt", "createuser"),
            Map.entry("--owner", "createdb"));

    /** Programs other than the workbench whose back-quoted command lines the docs show. */
    static final Set<String> OTHER_PROGRAMS =
            Set.of("java", "jpackage", "jdeps", "jfr", "mvn", "git", "apt", "apt-get", "soffice", "python3", "xdotool");

    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9]*(?:-[a-z0-9]+)*");
    private static final Pattern LAUNCH =
            Pattern.compile("(?:java\\s+-jar\\s+\\S*ptce-workbench\\S*\\.jar|(?<![\\w/.-])ptce-workbench(?![\\w.-]))"
                    + "((?:[ \\t]+[^\\s#`]+)*)");
    /** Where a doc lists commands by name: « En ligne de commande : `backup`, `restore` », « commande `password` ». */
    private static final Pattern COMMAND_LIST = Pattern.compile("(?i)(?:ligne de commande|command line)\\s*:");

    private static final Pattern NAMED_COMMAND = Pattern.compile(
            "(?i)\\b(?:sous-)?(?:commande|command|subcommand)s? `([a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)?)`");
    private static final Pattern BARE_COMMAND = Pattern.compile("[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*)?");
    private static final Pattern COMMAND_SPAN = Pattern.compile("([a-z][a-z0-9-]*)((?: [^ ]+)*?) --.*");

    private static final CommandLine ROOT = new CommandLine(new WorkbenchCommand());
    private static final Set<String> ALL_OPTIONS = allOptions();

    private DocCommandNames() {}

    private static Set<String> allOptions() {
        Set<String> options = new TreeSet<>(launcherOptions());
        collectOptions(ROOT, options);
        return options;
    }

    private static void collectOptions(CommandLine command, Set<String> into) {
        command.getCommandSpec().options().forEach(o -> into.addAll(List.of(o.names())));
        command.getSubcommands().values().forEach(c -> collectOptions(c, into));
    }

    /** The window's own options, read from {@code LaunchOptions}: a renamed one fails here too. */
    private static Set<String> launcherOptions() {
        String source = read(Path.of("src/main/java/fr/ptce/workbench/ui/LaunchOptions.java"));
        Set<String> options = new TreeSet<>();
        Matcher m = Pattern.compile("\"(--[a-z-]+)[=\"]").matcher(source);
        while (m.find()) {
            options.add(m.group(1));
        }
        if (!options.equals(Set.of("--demo", "--workspace"))) {
            throw new IllegalStateException("LaunchOptions changed: update DocCommandNames " + options);
        }
        return options;
    }

    static List<String> commandProblems(String doc, String text) {
        List<String> problems = new ArrayList<>();
        for (CommandUse use : commandUses(text)) {
            CommandLine command = ROOT.getSubcommands().get(use.words().get(0));
            if (command == null) {
                problems.add(doc + ": « " + use.line() + " »: no command "
                        + use.words().get(0));
                continue;
            }
            if (!command.getSubcommands().isEmpty()) {
                CommandLine sub = use.words().size() > 1
                        ? command.getSubcommands().get(use.words().get(1))
                        : null;
                if (sub == null && use.words().size() > 1) {
                    problems.add(doc + ": « " + use.line() + " »: no command "
                            + use.words().get(0) + " " + use.words().get(1));
                    continue;
                }
                command = sub == null ? command : sub;
                // a third level (team user add): the word that names a subcommand of the second
                for (String token : use.options().strip().split("\\s+")) {
                    CommandLine deeper = command.getSubcommands().get(token);
                    if (deeper != null) {
                        command = deeper;
                        break;
                    }
                }
            }
            Set<String> options = new TreeSet<>();
            command.getCommandSpec().options().forEach(o -> options.addAll(List.of(o.names())));
            ROOT.getCommandSpec().options().forEach(o -> options.addAll(List.of(o.names())));
            for (Matcher o = OPTION.matcher(use.options()); o.find(); ) {
                if (!options.contains(o.group())) {
                    problems.add(
                            doc + ": « " + use.line() + " »: " + command.getCommandName() + " has no " + o.group());
                }
            }
        }
        return problems;
    }

    static Set<String> commandNames(String text) {
        Set<String> names = new TreeSet<>();
        for (CommandUse use : commandUses(text)) {
            CommandLine command = ROOT.getSubcommands().get(use.words().get(0));
            boolean nested = command != null
                    && !command.getSubcommands().isEmpty()
                    && use.words().size() > 1;
            names.add(
                    nested
                            ? use.words().get(0) + " " + use.words().get(1)
                            : use.words().get(0));
        }
        return names;
    }

    /** A command line of a doc: its command words (one, or two for a nested one) and the text of its options. */
    record CommandUse(String line, List<String> words, String options) {}

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
            if (!ALL_OPTIONS.contains(o.group()) && !OTHER_TOOLS_OPTIONS.containsKey(o.group())) {
                unknown.merge(o.group(), 1, Integer::sum);
            }
        }
        return unknown.keySet().stream()
                .map(o -> doc + ": " + o + " is an option of no command")
                .toList();
    }
}
