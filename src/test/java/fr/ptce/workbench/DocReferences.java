package fr.ptce.workbench;

import static fr.ptce.workbench.DocMarkdown.read;
import static fr.ptce.workbench.DocMarkdown.withoutFences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a tracked file cites must be in the repository: no path outside it, no section a page does not have. */
final class DocReferences {

    /** Strings no tracked file may hold: paths and documents outside the repository (built so as not to match here). */
    static final List<String> OUTSIDE = List.of(
            "../" + "shared",
            "/" + "work/",
            "shared" + "/formats",
            "DESIGN" + ".md",
            "STYLE" + ".md",
            "TOOLCHAIN" + ".md",
            "ds-" + "export.md",
            "ptce-" + "procedure.md",
            "ptce-" + "call-texts",
            "ptce-" + "phase2.md");

    private static final Pattern PAGE = Pattern.compile("\\b([\\w-]+\\.md)\\b");
    private static final Pattern SECTION_NUMBER = Pattern.compile("§(\\d+(?:\\.\\d+)*)");
    private static final Pattern HEADING_CITED = Pattern.compile("\\b([\\w-]+\\.md)[,:]? «\\s*([^»]+?)\\s*»");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,4} (?:(\\d+(?:\\.\\d+)*)\\.? )?(.*)$");

    private DocReferences() {}

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
                    problems.add(
                            file + ":" + (i + 1) + ": " + target.getFileName() + " has no section §" + number.group(1));
                }
            }
            for (Matcher cited = HEADING_CITED.matcher(lines[i]); cited.find(); ) {
                Path target = site.resolve(cited.group(1));
                String title = cited.group(2).toLowerCase(Locale.ROOT);
                if (Files.exists(target)
                        && headings(target).values().stream()
                                .noneMatch(h -> h.toLowerCase(Locale.ROOT).startsWith(title))) {
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
            headings.put(
                    m.group(1) == null ? m.group(2) : m.group(1), m.group(2).strip());
        }
        return headings;
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
}
