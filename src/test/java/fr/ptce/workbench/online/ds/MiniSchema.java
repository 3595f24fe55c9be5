package fr.ptce.workbench.online.ds;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The type system of a GraphQL schema (SDL), just enough to check a query: each object, interface and input type's
 * fields with their arguments and named type, the types an object implements, the scalars and enums.
 */
final class MiniSchema {

    /** A field: its named type and its argument names with their named types. */
    record Field(String type, Map<String, String> arguments) {}

    /** A type: its kind ({@code type}, {@code interface}, {@code input}, {@code enum}, {@code scalar}…). */
    record Type(String kind, Map<String, Field> fields, List<String> implementsTypes) {}

    private static final Set<String> BUILT_IN = Set.of("Int", "Float", "String", "Boolean", "ID");

    private final Map<String, Type> types = new HashMap<>();

    MiniSchema(String sdl) {
        GraphqlTokens tokens = new GraphqlTokens(sdl);
        while (!tokens.atEnd()) {
            String token = tokens.take();
            if (token.startsWith("\"")) {
                continue;
            }
            switch (token) {
                case "type", "interface", "input" -> readFields(token, tokens);
                case "enum" -> {
                    String name = tokens.take();
                    skipDirectives(tokens);
                    tokens.skipGroup("{", "}");
                    types.put(name, new Type("enum", Map.of(), List.of()));
                }
                case "scalar" -> {
                    String name = tokens.take();
                    skipDirectives(tokens);
                    types.put(name, new Type("scalar", Map.of(), List.of()));
                }
                case "union" -> {
                    String name = tokens.take();
                    tokens.expect("=");
                    types.put(name, new Type("union", Map.of(), List.of()));
                }
                default -> throw new IllegalStateException("unexpected " + token);
            }
        }
    }

    private void readFields(String kind, GraphqlTokens tokens) {
        String name = tokens.take();
        List<String> implementsTypes = new java.util.ArrayList<>();
        if (tokens.takeIf("implements")) {
            while (!tokens.peek().equals("{") && !tokens.peek().equals("@")) {
                String implemented = tokens.take();
                if (!implemented.equals("&")) {
                    implementsTypes.add(implemented);
                }
            }
        }
        skipDirectives(tokens);
        Map<String, Field> fields = new LinkedHashMap<>();
        tokens.expect("{");
        while (!tokens.takeIf("}")) {
            String fieldName = tokens.take();
            if (fieldName.startsWith("\"")) {
                continue;
            }
            Map<String, String> arguments = new LinkedHashMap<>();
            if (tokens.takeIf("(")) {
                while (!tokens.takeIf(")")) {
                    String argument = tokens.take();
                    if (argument.startsWith("\"")) {
                        continue;
                    }
                    tokens.expect(":");
                    arguments.put(argument, tokens.typeReference());
                    if (tokens.takeIf("=")) {
                        tokens.take();
                    }
                    skipDirectives(tokens);
                }
            }
            tokens.expect(":");
            String type = tokens.typeReference();
            if (tokens.takeIf("=")) {
                tokens.take();
            }
            skipDirectives(tokens);
            fields.put(fieldName, new Field(type, arguments));
        }
        types.put(name, new Type(kind, fields, List.copyOf(implementsTypes)));
    }

    private static void skipDirectives(GraphqlTokens tokens) {
        while (tokens.takeIf("@")) {
            tokens.take();
            if (tokens.peek().equals("(")) {
                tokens.skipGroup("(", ")");
            }
        }
    }

    Type type(String name) {
        return types.get(name);
    }

    boolean knows(String typeName) {
        return BUILT_IN.contains(typeName) || types.containsKey(typeName);
    }

    /** Whether values of this type are leaves (no selection set): scalars and enums. */
    boolean isLeaf(String typeName) {
        if (BUILT_IN.contains(typeName)) {
            return true;
        }
        Type type = types.get(typeName);
        return type != null && (type.kind().equals("scalar") || type.kind().equals("enum"));
    }

    /** Whether a fragment on {@code condition} may apply where a {@code parent} is expected. */
    boolean applies(String condition, String parent) {
        if (condition.equals(parent)) {
            return true;
        }
        Type type = types.get(condition);
        return type != null && type.implementsTypes().contains(parent);
    }
}
