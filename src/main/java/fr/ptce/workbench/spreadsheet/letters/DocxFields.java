package fr.ptce.workbench.spreadsheet.letters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/**
 * The {@code {{champ}}} fields of a Word document: found and replaced paragraph by paragraph, in the body, its
 * tables, headers and footers. Word splits typed text into runs as it pleases (spelling, revisions, a style change
 * in the middle of a word): a field inside one run is replaced in that run, keeping its style; a field split across
 * runs makes the paragraph's runs one, in the style of its first run.
 */
final class DocxFields {

    /** A field: two braces, a name (spaces around it tolerated), two braces. */
    static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*\\}\\}");

    private DocxFields() {}

    /** Every paragraph of the document, body first (tables included), then headers and footers. */
    static List<XWPFParagraph> paragraphs(XWPFDocument document) {
        List<XWPFParagraph> all = new ArrayList<>();
        collect(document, all::add);
        document.getHeaderList().forEach(h -> collect(h, all::add));
        document.getFooterList().forEach(f -> collect(f, all::add));
        return all;
    }

    /** The paragraphs of the body only (tables included), in order: what a preview shows. */
    static List<XWPFParagraph> bodyParagraphs(XWPFDocument document) {
        List<XWPFParagraph> all = new ArrayList<>();
        collect(document, all::add);
        return all;
    }

    private static void collect(IBody body, Consumer<XWPFParagraph> sink) {
        for (IBodyElement element : body.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                sink.accept(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell, sink);
                    }
                }
            }
        }
    }

    /** The names of the fields of a paragraph, in order (as typed, spaces around them removed). */
    static List<String> names(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = FIELD.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** Whether the text holds braces that open or close no field: a field typed wrong. */
    static boolean hasStrayBraces(String text) {
        String rest = FIELD.matcher(text).replaceAll("");
        return rest.contains("{{") || rest.contains("}}");
    }

    /** Replaces the fields of the paragraph by their values (each field's name is a key of {@code values}). */
    static void fill(XWPFParagraph paragraph, Map<String, String> values) {
        String text = paragraph.getText();
        if (!FIELD.matcher(text).find()) {
            return;
        }
        List<XWPFRun> runs = paragraph.getRuns();
        int inRuns = 0;
        for (XWPFRun run : runs) {
            inRuns += names(run.text()).size();
        }
        if (inRuns == names(text).size()) {
            for (int i = 0; i < runs.size(); i++) {
                XWPFRun run = paragraph.getRuns().get(i);
                String runText = run.text();
                if (FIELD.matcher(runText).find()) {
                    rewrite(paragraph, i, i, replace(runText, values));
                }
            }
        } else {
            rewrite(paragraph, 0, paragraph.getRuns().size() - 1, replace(text, values));
        }
    }

    static String replace(String text, Map<String, String> values) {
        Matcher matcher = FIELD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : clean(value)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The value without the characters XML cannot hold (controls other than line break and tab). */
    private static String clean(String value) {
        StringBuilder kept = new StringBuilder(value.length());
        value.replace("\r\n", "\n")
                .replace('\r', '\n')
                .codePoints()
                .filter(c -> c >= 0x20 || c == '\n' || c == '\t')
                .filter(c -> c != 0xFFFE && c != 0xFFFF)
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Replaces runs {@code first..last} by one run in the style of run {@code first}, holding {@code text}. */
    private static void rewrite(XWPFParagraph paragraph, int first, int last, String text) {
        CTRPr style = paragraph.getRuns().get(first).getCTR().getRPr();
        CTRPr kept = style == null ? null : (CTRPr) style.copy();
        for (int i = last; i >= first; i--) {
            paragraph.removeRun(i);
        }
        XWPFRun run = paragraph.insertNewRun(first);
        if (kept != null) {
            run.getCTR().setRPr(kept);
        }
        String[] lines = text.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                run.addBreak();
            }
            String[] parts = lines[l].split("\t", -1);
            for (int p = 0; p < parts.length; p++) {
                if (p > 0) {
                    run.addTab();
                }
                if (!parts[p].isEmpty()) {
                    run.setText(parts[p], run.getCTR().sizeOfTArray());
                }
            }
        }
    }
}
