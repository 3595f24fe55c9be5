package fr.ptce.workbench.online.ds;

import java.util.ArrayList;
import java.util.List;

/** The tokens of a GraphQL document (schema or query): names, punctuators and strings; comments and commas dropped. */
final class GraphqlTokens {

    private final List<String> tokens;
    private int next;

    GraphqlTokens(String text) {
        this.tokens = tokenize(text);
    }

    boolean atEnd() {
        return next >= tokens.size();
    }

    String peek() {
        return atEnd() ? "" : tokens.get(next);
    }

    String take() {
        if (atEnd()) {
            throw new IllegalStateException("unexpected end of document");
        }
        return tokens.get(next++);
    }

    boolean takeIf(String token) {
        if (peek().equals(token)) {
            next++;
            return true;
        }
        return false;
    }

    void expect(String token) {
        String found = take();
        if (!found.equals(token)) {
            throw new IllegalStateException("expected " + token + " but found " + found);
        }
    }

    /** Skips a balanced group that starts at the current token, e.g. {@code ( … )}. */
    void skipGroup(String open, String close) {
        expect(open);
        int depth = 1;
        while (depth > 0) {
            String token = take();
            if (token.equals(open)) {
                depth++;
            } else if (token.equals(close)) {
                depth--;
            }
        }
    }

    /** A type reference such as {@code [Champ!]!}: returns its named type, {@code Champ}. */
    String typeReference() {
        String named;
        if (takeIf("[")) {
            named = typeReference();
            expect("]");
        } else {
            named = take();
        }
        takeIf("!");
        return named;
    }

    private static List<String> tokenize(String text) {
        List<String> result = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (text.startsWith("\"\"\"", i)) {
                int end = text.indexOf("\"\"\"", i + 3);
                result.add(text.substring(i, end + 3));
                i = end + 3;
            } else if (c == '"') {
                int end = i + 1;
                while (text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                result.add(text.substring(i, end + 1));
                i = end + 1;
            } else if (text.startsWith("...", i)) {
                result.add("...");
                i += 3;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
                int end = i;
                while (end < text.length()
                        && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                result.add(text.substring(i, Math.max(end, i + 1)));
                i = Math.max(end, i + 1);
            } else {
                result.add(String.valueOf(c));
                i++;
            }
        }
        return result;
    }
}
