package fr.ptce.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.cli.WorkbenchCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
 * named in {@link DocCommandNames#OTHER_TOOLS_OPTIONS}.</li>
 * <li>a section, in any tracked file: « formats.md §1.5 » or « architecture.md, « Layers » » must be a heading of
 * that page;</li>
 * <li>a path: no tracked file may name a path or a document outside the repository
 * ({@link DocReferences#OUTSIDE}).</li>
 * </ul>
 * {@link #aRenamedClassCommandOrOptionIsCaught} proves that each check fails on a renamed name.
 */
class DocsNameCodeTest {

    @Test
    void everyClassTheDocsNameExists() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path doc : DocMarkdown.docs()) {
            problems.addAll(DocTypeNames.typeProblems(doc.toString(), Files.readString(doc)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyCommandTheDocsNameExistsWithTheOptionsGivenIt() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path doc : DocMarkdown.docs()) {
            problems.addAll(DocCommandNames.commandProblems(doc.toString(), Files.readString(doc)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyOptionTheDocsNameExists() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path doc : DocMarkdown.docs()) {
            problems.addAll(DocCommandNames.optionProblems(doc.toString(), Files.readString(doc)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theChecksSeeWhatTheDocsName() throws IOException {
        String architecture = Files.readString(Path.of("src/site/markdown/architecture.md"));
        assertTrue(DocTypeNames.typeNames(architecture).containsAll(Set.of("ImportDossiers", "ArchitectureTest",
                "ReviewComparison", "DsExportReader", "ExportAvisDialogs")), DocTypeNames.typeNames(architecture).toString());
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(DocCommandNames.commandNames(readme).containsAll(Set.of("import", "dossiers", "kit export", "kit import",
                "national", "consolidate", "backup")), DocCommandNames.commandNames(readme).toString());
        String guide = Files.readString(Path.of("src/site/markdown/guide.md"));
        assertTrue(DocCommandNames.commandNames(guide).containsAll(Set.of("export-avis", "consolidate", "kit progress", "restore",
                "purge", "password", "national")), DocCommandNames.commandNames(guide).toString());
    }

    @Test
    void aRenamedClassCommandOrOptionIsCaught() throws IOException {
        String architecture = Files.readString(Path.of("src/site/markdown/architecture.md"));
        assertEquals(List.of(), DocTypeNames.typeProblems("architecture.md", architecture));
        assertFalse(DocTypeNames.typeProblems("architecture.md", architecture.replace("`ExportAvisDialogs`",
                "`ExportAvisDialog`")).isEmpty(), "a renamed class in a span");
        assertFalse(DocTypeNames.typeProblems("architecture.md", architecture.replace("ImportDossiers.fromFile",
                "ImportDossiers.fromPath")).isEmpty(), "a renamed method in a diagram");
        assertFalse(DocTypeNames.typeProblems("glossary.md", "| vague | `Wave` |\n| campagne | `Campain` |\n").isEmpty(),
                "a one-word class of the glossary");
        assertFalse(DocTypeNames.typeProblems("glossary.md", "| cible | Target |\n").isEmpty(), "a class not back-quoted");
        assertFalse(DocTypeNames.typeProblems("x.md", "see `domain.check.ReviewComparison`").isEmpty(), "a wrong package");
        String readme = "```sh\njava -jar target/ptce-workbench.jar import --workspace W f.xlsx\n```\n";
        assertEquals(List.of(), DocCommandNames.commandProblems("README.md", readme));
        assertFalse(DocCommandNames.commandProblems("README.md", readme.replace("import", "importer")).isEmpty(), "a command");
        assertFalse(DocCommandNames.commandProblems("README.md", readme.replace("--workspace", "--out")).isEmpty(),
                "an option of another command");
        assertFalse(DocCommandNames.commandProblems("guide.md", "`kit exporter --workspace W`").isEmpty(), "a subcommand");
        assertEquals(List.of(), DocCommandNames.commandProblems("guide.md", "En ligne de commande : `backup`, `kit import`."));
        assertFalse(DocCommandNames.commandProblems("guide.md", "En ligne de commande : `backup`, `sauvegarde`.").isEmpty(),
                "a command listed by name");
        assertFalse(DocCommandNames.commandProblems("guide.md", "(commande `mot-de-passe`)").isEmpty(), "a command named");
        assertFalse(DocCommandNames.optionProblems("guide.md", "with `--workspaces`").isEmpty(), "an option");
        assertFalse(DocReferences.outsideProblems("x.md", "see ../" + "shared/tools").isEmpty(), "a path outside");
        assertEquals(List.of(), DocReferences.citationProblems(Path.of("X.java"), "(formats.md §1.3–§1.5, §2.4), see"
                + " architecture.md, « Layers »"));
        assertFalse(DocReferences.citationProblems(Path.of("X.java"), "(formats.md §1.3, §1." + "99)").isEmpty(),
                "a section number");
        assertFalse(DocReferences.citationProblems(Path.of("X.java"), "see architecture" + ".md « Layer cake »").isEmpty(),
                "a section title");
    }

    @Test
    void noTrackedFilePointsOutsideTheRepository() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : DocMarkdown.trackedFiles()) {
            if (DocReferences.OUTSIDE_PENDING_ELSEWHERE.contains(file.toString().replace('\\', '/')) || !Files.isRegularFile(file)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (DocMarkdown.isBinary(bytes)) {
                continue;
            }
            problems.addAll(DocReferences.outsideProblems(file.toString(), new String(bytes, StandardCharsets.UTF_8)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everySectionCitedExists() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : DocMarkdown.trackedFiles()) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!DocMarkdown.isBinary(bytes)) {
                problems.addAll(DocReferences.citationProblems(file, new String(bytes, StandardCharsets.UTF_8)));
            }
        }
        assertEquals(List.of(), problems);
    }
}
