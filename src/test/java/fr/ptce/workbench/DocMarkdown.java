package fr.ptce.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What {@link DocsNameCodeTest} reads: the docs, the tracked files, and the markdown they are written in. */
final class DocMarkdown {

    static final Pattern FENCE = Pattern.compile("(?m)^```(\\w*)\\s*\\n(.*?)^```\\s*$", Pattern.DOTALL);
    static final Pattern SPAN = Pattern.compile("`([^`\\n]+)`");
    static final Pattern WRAPPED_SPAN = Pattern.compile("`([^`\\n]+(?:\\n[^`\\n]+)?)`");

    private DocMarkdown() {}

    /** The docs checked: every tracked markdown page a reader meets. */
    static List<Path> docs() throws IOException {
        List<Path> docs = new ArrayList<>();
        try (Stream<Path> pages = Files.list(Path.of("src/site/markdown"))) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        docs.addAll(List.of(Path.of("README.md"), Path.of("installer/README.md"), Path.of("samples/README.md")));
        return docs;
    }

    static String withoutFences(String text) {
        return FENCE.matcher(text).replaceAll("");
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isBinary(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8000); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The files git tracks, or, outside a git checkout, every file but build output. */
    static List<Path> trackedFiles() throws IOException {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z")
                    .redirectErrorStream(false)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor() == 0 && !out.isEmpty()) {
                return Stream.of(out.split("\0"))
                        .filter(s -> !s.isEmpty())
                        .map(Path::of)
                        .toList();
            }
        } catch (IOException | InterruptedException noGit) {
            // fall back on the tree
        }
        try (Stream<Path> files = Files.walk(Path.of(""))) {
            return files.filter(Files::isRegularFile)
                    .map(p -> Path.of("").toAbsolutePath().relativize(p.toAbsolutePath()))
                    .filter(p -> !p.startsWith(".git") && !p.startsWith("target"))
                    .toList();
        }
    }
}
