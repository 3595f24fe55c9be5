package fr.ptce.workbench.online.ds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a GraphQL document (operations and fragments) against a {@link MiniSchema}: every field exists on its type,
 * every argument on its field, every variable's type in the schema, every fragment's type condition applies where
 * it is spread, and leaves have no selection while objects have one. Returns the problems, empty when none.
 */
final class QueryCheck {

    private final MiniSchema schema;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> fragmentTypes = new HashMap<>();

    private QueryCheck(MiniSchema schema) {
        this.schema = schema;
    }

    static List<String> problems(MiniSchema schema, String document) {
        QueryCheck check = new QueryCheck(schema);
        check.run(document);
        return check.problems;
    }

    private void run(String document) {
        // first pass: the fragments' type conditions, so that a spread can be checked before its definition
        GraphqlTokens scan = new GraphqlTokens(document);
        while (!scan.atEnd()) {
            if (scan.take().equals("fragment")) {
                String name = scan.take();
                scan.expect("on");
                fragmentTypes.put(name, scan.take());
            }
        }
        GraphqlTokens tokens = new GraphqlTokens(document);
        while (!tokens.atEnd()) {
            String keyword = tokens.take();
            switch (keyword) {
                case "query", "mutation" -> {
                    String root = keyword.equals("query") ? "Query" : "Mutation";
                    if (!tokens.peek().equals("(") && !tokens.peek().equals("{")) {
                        tokens.take();
                    }
                    if (tokens.takeIf("(")) {
                        variables(tokens);
                    }
                    selection(tokens, root);
                }
                case "fragment" -> {
                    String name = tokens.take();
                    tokens.expect("on");
                    String type = tokens.take();
                    if (schema.type(type) == null) {
                        problems.add("fragment " + name + ": unknown type " + type);
                        tokens.skipGroup("{", "}");
                    } else {
                        selection(tokens, type);
                    }
                }
                default -> problems.add("unexpected " + keyword);
            }
        }
    }

    private void variables(GraphqlTokens tokens) {
        while (!tokens.takeIf(")")) {
            tokens.expect("$");
            String name = tokens.take();
            tokens.expect(":");
            String type = tokens.typeReference();
            if (!schema.knows(type)) {
                problems.add("variable $" + name + ": unknown type " + type);
            }
            if (tokens.takeIf("=")) {
                tokens.take();
            }
        }
    }

    private void selection(GraphqlTokens tokens, String parent) {
        tokens.expect("{");
        while (!tokens.takeIf("}")) {
            if (tokens.takeIf("...")) {
                spread(tokens, parent);
                continue;
            }
            String name = tokens.take();
            if (tokens.takeIf(":")) {
                name = tokens.take();
            }
            if (name.equals("__typename")) {
                continue;
            }
            MiniSchema.Field field = schema.type(parent).fields().get(name);
            if (field == null) {
                problems.add(parent + "." + name + ": no such field");
                skipRest(tokens);
                continue;
            }
            if (tokens.takeIf("(")) {
                while (!tokens.takeIf(")")) {
                    String argument = tokens.take();
                    tokens.expect(":");
                    value(tokens);
                    if (!field.arguments().containsKey(argument)) {
                        problems.add(parent + "." + name + ": no argument " + argument);
                    }
                }
            }
            boolean leaf = schema.isLeaf(field.type());
            if (tokens.peek().equals("{")) {
                if (leaf) {
                    problems.add(parent + "." + name + ": a leaf has no selection");
                    tokens.skipGroup("{", "}");
                } else {
                    selection(tokens, field.type());
                }
            } else if (!leaf) {
                problems.add(parent + "." + name + ": an object of type " + field.type() + " needs a selection");
            }
        }
    }

    private void spread(GraphqlTokens tokens, String parent) {
        if (tokens.takeIf("on")) {
            String condition = tokens.take();
            if (schema.type(condition) == null || !schema.applies(condition, parent)) {
                problems.add("... on " + condition + ": not a " + parent);
                tokens.skipGroup("{", "}");
            } else {
                selection(tokens, condition);
            }
            return;
        }
        String fragment = tokens.take();
        String condition = fragmentTypes.get(fragment);
        if (condition == null) {
            problems.add("..." + fragment + ": no such fragment");
        } else if (!schema.applies(condition, parent) && !schema.applies(parent, condition)) {
            problems.add("..." + fragment + " on " + condition + ": not a " + parent);
        }
    }

    private static void value(GraphqlTokens tokens) {
        if (tokens.takeIf("$")) {
            tokens.take();
        } else if (tokens.peek().equals("{")) {
            tokens.skipGroup("{", "}");
        } else if (tokens.peek().equals("[")) {
            tokens.skipGroup("[", "]");
        } else {
            tokens.take();
        }
    }

    private static void skipRest(GraphqlTokens tokens) {
        if (tokens.peek().equals("(")) {
            tokens.skipGroup("(", ")");
        }
        if (tokens.peek().equals("{")) {
            tokens.skipGroup("{", "}");
        }
    }
}
