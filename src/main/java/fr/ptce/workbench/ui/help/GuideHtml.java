package fr.ptce.workbench.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's guide (Markdown, as written in {@code src/site/markdown/guide.md}) as a standalone HTML page for the
 * system's browser, offline: headings with the anchors GitHub gives them (the guide's table of contents links to
 * them), paragraphs, lists, pipe tables, quotes, code, bold, italics, links and images. Only the Markdown the guide
 * uses; anything else stays text.
 */
final class GuideHtml {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+\\.\\s+(.*)$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");
    private static final Pattern INLINE = Pattern.compile("`([^`]+)`|!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)|"
            + "\\[([^\\]]+)\\]\\(([^)\\s]+)\\)|\\*\\*(.+?)\\*\\*|\\*([^*]+)\\*");

    private GuideHtml() {}

    /** The page: a title, a small readable style, the guide's body. */
    static String page(String markdown, String title) {
        return "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
                + "</title>\n<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;"
                + "line-height:1.5;color:#161616}img{max-width:100%;border:1px solid #ddd}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
                + "code{background:#f0f0f0;padding:0 3px}blockquote{border-left:4px solid #000091;margin-left:0;"
                + "padding-left:1em;color:#3a3a3a}h1,h2,h3{color:#000091}</style>\n</head>\n<body>\n"
                + body(markdown) + "</body>\n</html>\n";
    }

    /** The guide's body as HTML. */
    static String body(String markdown) {
        List<String> lines = markdown.lines().toList();
        StringBuilder html = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher heading = HEADING.matcher(line);
            if (line.isBlank()) {
                i++;
            } else if (heading.matches()) {
                int level = heading.group(1).length();
                String text = heading.group(2).strip();
                html.append("<h")
                        .append(level)
                        .append(" id=\"")
                        .append(escape(slug(text)))
                        .append("\">")
                        .append(inline(text))
                        .append("</h")
                        .append(level)
                        .append(">\n");
                i++;
            } else if (line.startsWith("```")) {
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.size() && !lines.get(i).startsWith("```")) {
                    code.append(escape(lines.get(i++))).append('\n');
                }
                i++;
                html.append("<pre><code>").append(code).append("</code></pre>\n");
            } else if (line.startsWith(">")) {
                List<String> quoted = new ArrayList<>();
                while (i < lines.size() && lines.get(i).startsWith(">")) {
                    quoted.add(lines.get(i++).replaceFirst("^>\\s?", ""));
                }
                html.append("<blockquote>\n")
                        .append(body(String.join("\n", quoted)))
                        .append("</blockquote>\n");
            } else if (line.startsWith("|")
                    && i + 1 < lines.size()
                    && TABLE_RULE.matcher(lines.get(i + 1)).matches()) {
                html.append("<table>\n<tr>");
                cells(line).forEach(c -> html.append("<th>").append(inline(c)).append("</th>"));
                html.append("</tr>\n");
                i += 2;
                while (i < lines.size() && lines.get(i).startsWith("|")) {
                    html.append("<tr>");
                    cells(lines.get(i++))
                            .forEach(c -> html.append("<td>").append(inline(c)).append("</td>"));
                    html.append("</tr>\n");
                }
                html.append("</table>\n");
            } else if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
                boolean numbered = NUMBERED.matcher(line).matches();
                Pattern item = numbered ? NUMBERED : BULLET;
                html.append(numbered ? "<ol>\n" : "<ul>\n");
                StringBuilder current = null;
                while (i < lines.size() && !lines.get(i).isBlank()) {
                    Matcher m = item.matcher(lines.get(i));
                    if (m.matches()) {
                        if (current != null) {
                            html.append("<li>")
                                    .append(inline(current.toString()))
                                    .append("</li>\n");
                        }
                        current = new StringBuilder(m.group(1));
                    } else if (current != null) {
                        current.append(' ').append(lines.get(i).strip());
                    }
                    i++;
                }
                if (current != null) {
                    html.append("<li>").append(inline(current.toString())).append("</li>\n");
                }
                html.append(numbered ? "</ol>\n" : "</ul>\n");
            } else {
                StringBuilder paragraph = new StringBuilder(line.strip());
                i++;
                while (i < lines.size() && !lines.get(i).isBlank() && !startsBlock(lines.get(i))) {
                    paragraph.append(' ').append(lines.get(i++).strip());
                }
                html.append("<p>").append(inline(paragraph.toString())).append("</p>\n");
            }
        }
        return html.toString();
    }

    private static boolean startsBlock(String line) {
        return HEADING.matcher(line).matches()
                || line.startsWith("```")
                || line.startsWith(">")
                || line.startsWith("|")
                || BULLET.matcher(line).matches();
    }

    private static List<String> cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") && inner.length() > 1 ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.strip().replace("\\|", "|"));
        }
        return cells;
    }

    /** Code, images, links, bold and italics of one paragraph, the rest escaped. */
    static String inline(String text) {
        StringBuilder html = new StringBuilder();
        Matcher m = INLINE.matcher(text);
        int last = 0;
        while (m.find()) {
            html.append(escape(text.substring(last, m.start())));
            if (m.group(1) != null) {
                html.append("<code>").append(escape(m.group(1))).append("</code>");
            } else if (m.group(3) != null) {
                html.append("<img src=\"")
                        .append(escape(m.group(3)))
                        .append("\" alt=\"")
                        .append(escape(m.group(2)))
                        .append("\">");
            } else if (m.group(5) != null) {
                html.append("<a href=\"")
                        .append(escape(m.group(5)))
                        .append("\">")
                        .append(inline(m.group(4)))
                        .append("</a>");
            } else if (m.group(6) != null) {
                html.append("<strong>").append(inline(m.group(6))).append("</strong>");
            } else {
                html.append("<em>").append(inline(m.group(7))).append("</em>");
            }
            last = m.end();
        }
        return html.append(escape(text.substring(last))).toString();
    }

    /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String slug(String heading) {
        StringBuilder slug = new StringBuilder();
        for (char c : heading.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.append(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        }
        return slug.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
