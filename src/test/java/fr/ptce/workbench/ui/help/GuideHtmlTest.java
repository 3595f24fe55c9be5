package fr.ptce.workbench.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.ui.fx.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guide's Markdown as the HTML page the browser opens offline. */
class GuideHtmlTest {

    @TempDir
    Path folder;

    @Test
    void rendersTheMarkdownTheGuideUses() {
        String html = GuideHtml.body("""
                # Guide — Atelier

                Un **gras**, un *italique*, du `code <x>` et un [lien](#réglages).
                suite du paragraphe

                - premier
                - second
                  qui continue

                | Touches | Action |
                |---|---|
                | O / P / N | Répondre |

                > « citation »

                ![La liste](images/guide-liste.png)

                ## Réglages
                """);
        assertTrue(html.contains("<h1 id=\"guide--atelier\">Guide — Atelier</h1>"), html);
        assertTrue(
                html.contains("<p>Un <strong>gras</strong>, un <em>italique</em>, du <code>code &lt;x&gt;</code> "
                        + "et un <a href=\"#réglages\">lien</a>. suite du paragraphe</p>"),
                html);
        assertTrue(html.contains("<ul>\n<li>premier</li>\n<li>second qui continue</li>\n</ul>"), html);
        assertTrue(
                html.contains("<tr><th>Touches</th><th>Action</th></tr>\n<tr><td>O / P / N</td><td>Répondre</td></tr>"),
                html);
        assertTrue(html.contains("<blockquote>\n<p>« citation »</p>\n</blockquote>"), html);
        assertTrue(html.contains("<img src=\"images/guide-liste.png\" alt=\"La liste\">"), html);
        assertTrue(html.contains("<h2 id=\"réglages\">Réglages</h2>"), html);
    }

    @Test
    void everyLinkOfTheGuidesContentsLeadsToOneOfItsHeadings() throws Exception {
        String markdown = Files.readString(Path.of("src/site/markdown/guide.md"), StandardCharsets.UTF_8);
        String html = GuideHtml.body(markdown);
        Matcher link = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        int links = 0;
        while (link.find()) {
            links++;
            assertTrue(html.contains(" id=\"" + link.group(1) + "\""), "no heading for #" + link.group(1));
        }
        assertTrue(links >= 6, "the guide's table of contents");
    }

    @Test
    void theGuidesShortcutsTableListsEveryShortcutOfTheHelp() throws Exception {
        String markdown = Files.readString(Path.of("src/site/markdown/guide.md"), StandardCharsets.UTF_8);
        Messages messages = Messages.load(java.util.Locale.FRENCH);
        for (Shortcuts.Shortcut shortcut : Shortcuts.ALL) {
            String keys = messages.get(shortcut.keysKey());
            assertTrue(markdown.contains("\n| " + keys + " | "), "guide.md has no line for " + keys);
        }
    }

    @Test
    void theBundledGuideIsWrittenWithEveryImageItShows() throws Exception {
        Path page = UserGuide.writeTo(folder, "Guide");
        String markdown = Files.readString(Path.of("src/site/markdown/guide.md"), StandardCharsets.UTF_8);
        assertTrue(UserGuide.images(markdown).size() >= 5);
        for (String image : UserGuide.images(markdown)) {
            assertEquals(
                    Files.size(Path.of("src/site/markdown").resolve(image)), Files.size(folder.resolve(image)), image);
        }
        assertTrue(Files.readString(page, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
    }
}
