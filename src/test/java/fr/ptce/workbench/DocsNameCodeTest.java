package fr.ptce.workbench;

import static fr.ptce.workbench.DocCommandNames.commandNames;
import static fr.ptce.workbench.DocCommandNames.commandProblems;
import static fr.ptce.workbench.DocCommandNames.optionProblems;
import static fr.ptce.workbench.DocMarkdown.docs;
import static fr.ptce.workbench.DocMarkdown.isBinary;
import static fr.ptce.workbench.DocMarkdown.trackedFiles;
import static fr.ptce.workbench.DocReferences.citationProblems;
import static fr.ptce.workbench.DocReferences.outsideProblems;
import static fr.ptce.workbench.DocTypeNames.packageMapProblems;
import static fr.ptce.workbench.DocTypeNames.typeNames;
import static fr.ptce.workbench.DocTypeNames.typeProblems;
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
        for (Path doc : docs()) {
            problems.addAll(typeProblems(doc.toString(), Files.readString(doc)));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void architectureMapDrawsEveryPackageOfTheCodeAndNoOther() throws IOException {
        String architecture = Files.readString(Path.of("src/site/markdown/architecture.md"));
        assertEquals(List.of(), packageMapProblems(architecture));
        assertFalse(
                packageMapProblems(architecture.replace("    stats ", "    statistics "))
                        .isEmpty(),
                "a renamed package");
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
        assertTrue(
                typeNames(architecture)
                        .containsAll(Set.of(
                                "ImportDossiers",
                                "ArchitectureTest",
                                "ReviewComparison",
                                "DsExportReader",
                                "ExportAvisDialogs")),
                typeNames(architecture).toString());
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(
                commandNames(readme)
                        .containsAll(Set.of(
                                "import", "dossiers", "kit export", "kit import", "national", "consolidate", "backup")),
                commandNames(readme).toString());
        String guide = Files.readString(Path.of("src/site/markdown/guide.md"));
        assertTrue(
                commandNames(guide)
                        .containsAll(Set.of(
                                "export-avis",
                                "consolidate",
                                "kit progress",
                                "restore",
                                "purge",
                                "password",
                                "national")),
                commandNames(guide).toString());
    }

    @Test
    void aRenamedClassCommandOrOptionIsCaught() throws IOException {
        String architecture = Files.readString(Path.of("src/site/markdown/architecture.md"));
        assertEquals(List.of(), typeProblems("architecture.md", architecture));
        assertFalse(
                typeProblems("architecture.md", architecture.replace("`ExportAvisDialogs`", "`ExportAvisDialog`"))
                        .isEmpty(),
                "a renamed class in a span");
        assertFalse(
                typeProblems(
                                "architecture.md",
                                architecture.replace("ImportDossiers.fromFile", "ImportDossiers.fromPath"))
                        .isEmpty(),
                "a renamed method in a diagram");
        assertFalse(
                typeProblems("glossary.md", "| vague | `Wave` |\n| campagne | `Campain` |\n")
                        .isEmpty(),
                "a one-word class of the glossary");
        assertFalse(typeProblems("glossary.md", "| cible | Target |\n").isEmpty(), "a class not back-quoted");
        assertFalse(typeProblems("x.md", "see `domain.check.ReviewComparison`").isEmpty(), "a wrong package");
        String readme = "```sh\njava -jar target/ptce-workbench.jar import --workspace W f.xlsx\n```\n";
        assertEquals(List.of(), commandProblems("README.md", readme));
        assertFalse(
                commandProblems("README.md", readme.replace("import", "importer"))
                        .isEmpty(),
                "a command");
        assertFalse(
                commandProblems("README.md", readme.replace("--workspace", "--out"))
                        .isEmpty(),
                "an option of another command");
        assertFalse(commandProblems("guide.md", "`kit exporter --workspace W`").isEmpty(), "a subcommand");
        assertEquals(List.of(), commandProblems("guide.md", "En ligne de commande : `backup`, `kit import`."));
        assertFalse(
                commandProblems("guide.md", "En ligne de commande : `backup`, `sauvegarde`.")
                        .isEmpty(),
                "a command listed by name");
        assertFalse(commandProblems("guide.md", "(commande `mot-de-passe`)").isEmpty(), "a command named");
        assertFalse(optionProblems("guide.md", "with `--workspaces`").isEmpty(), "an option");
        assertFalse(outsideProblems("x.md", "see ../" + "shared/tools").isEmpty(), "a path outside");
        assertEquals(
                List.of(),
                citationProblems(
                        Path.of("X.java"), "(formats.md §1.3–§1.5, §2.4), see" + " architecture.md, « Layers »"));
        assertFalse(
                citationProblems(Path.of("X.java"), "(formats.md §1.3, §1." + "99)")
                        .isEmpty(),
                "a section number");
        assertFalse(
                citationProblems(Path.of("X.java"), "see architecture" + ".md « Layer cake »")
                        .isEmpty(),
                "a section title");
    }

    @Test
    void noTrackedFilePointsOutsideTheRepository() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : trackedFiles()) {
            if (!Files.isRegularFile(file)) {
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
}
