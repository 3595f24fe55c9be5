package fr.ptce.workbench.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus, run in a child JVM under {@code -Xmx256m}: every file refused with a French message naming it
 * (or handled as documented), the store's digest unchanged; and the table of reliability.md lists exactly the cases.
 */
class HostileCorpusTest {

    static final Path RELIABILITY_DOC = Path.of("src/site/markdown/reliability.md");

    @TempDir
    Path dir;

    @Test
    void everyHostileFileIsRefusedOrHandledAsDocumentedUnder256MbWithTheStoreUnchanged() throws Exception {
        List<String> lines;
        int status;
        try (ChildJvm child = ChildJvm.start("-Xmx256m", HostileCorpusRunner.class, dir.toString())) {
            status = child.waitFor(600_000);
            lines = child.lines();
        }
        lines.stream()
                .filter(l -> l.startsWith("CASE") || l.startsWith("CASES"))
                .forEach(System.out::println);
        List<String> failed =
                lines.stream().filter(l -> l.startsWith("CASE|FAIL")).toList();
        assertTrue(failed.isEmpty(), String.join("\n", failed));
        assertEquals(0, status, String.join("\n", lines));
        long ok = lines.stream().filter(l -> l.startsWith("CASE|ok|")).count();
        assertEquals(HostileCorpus.cases().size(), ok);
        assertTrue(ok >= 50, ok + " cases");
    }

    @Test
    void reliabilityDocListsEveryCaseOfTheCorpus() throws Exception {
        String doc = Files.readString(RELIABILITY_DOC);
        String table = doc.substring(doc.indexOf(TABLE_START), doc.indexOf(TABLE_END) + TABLE_END.length());
        assertEquals(table(), table, "regenerate the table: HostileCorpusTest.table()");
    }

    static final String TABLE_START = "<!-- corpus:start -->";
    static final String TABLE_END = "<!-- corpus:end -->";

    /** The corpus table of reliability.md, generated from the case list. */
    static String table() {
        StringBuilder table = new StringBuilder(
                TABLE_START + "\n\n| # | Fichier | Lu par | Contenu | Issue attendue |\n" + "|---|---|---|---|---|\n");
        int n = 0;
        for (HostileCase c : HostileCorpus.cases()) {
            table.append("| ")
                    .append(++n)
                    .append(" | `")
                    .append(c.file())
                    .append("` | ")
                    .append(c.entry().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ")
                    .append(c.description())
                    .append(" | ")
                    .append(
                            c.refused()
                                    ? "refusé : « …" + c.expected().replace("|", "\\|") + "… »"
                                    : "lu tel que saisi (texte, jamais une formule)")
                    .append(" |\n");
        }
        return table.append("\n").append(TABLE_END).toString();
    }
}
