package fr.ptce.workbench.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's guide bundled in the jar ({@code src/site/markdown/guide.md} and its screenshots, copied at build
 * time under {@code fr/ptce/workbench/guide/}), written out as an HTML page with its images in a folder of its own,
 * for the system's browser to open offline.
 */
public final class UserGuide {

    static final String RESOURCES = "/fr/ptce/workbench/guide/";
    private static final Pattern IMAGE = Pattern.compile("\\]\\((images/[^)\\s]+)\\)");

    private UserGuide() {}

    /** Whether this build carries the guide. */
    public static boolean bundled() {
        return UserGuide.class.getResource(RESOURCES + "guide.md") != null;
    }

    /** Writes {@code guide.html} and the images it shows into the folder; returns the page. */
    static Path writeTo(Path folder, String title) {
        try (InputStream in = UserGuide.class.getResourceAsStream(RESOURCES + "guide.md")) {
            if (in == null) {
                throw new IOException("guide.md absent du jar");
            }
            String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String image : images(markdown)) {
                try (InputStream picture = UserGuide.class.getResourceAsStream(RESOURCES + image)) {
                    if (picture != null) {
                        Path target = folder.resolve(image);
                        Files.createDirectories(target.getParent());
                        Files.copy(picture, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Path page = folder.resolve("guide.html");
            Files.writeString(page, GuideHtml.page(markdown, title), StandardCharsets.UTF_8);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The temporary folder of this run's guide, written again at each opening; deleted when the JVM ends. */
    private static Path folder;

    /** Writes the guide into this run's temporary folder (deleted at exit); returns the page. */
    public static synchronized Path writeToTemporaryFolder(String title) {
        try {
            if (folder == null || !Files.isDirectory(folder)) {
                folder = Files.createTempDirectory("atelier-ptce-guide");
                folder.toFile().deleteOnExit();
            }
            Path page = writeTo(folder, title);
            // deleted in the reverse order of the calls: the files, then their folders
            page.getParent().resolve("images").toFile().deleteOnExit();
            try (var files = Files.walk(folder)) {
                files.filter(Files::isRegularFile).forEach(f -> f.toFile().deleteOnExit());
            }
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The images the guide shows, as relative paths ({@code images/…png}). */
    static Set<String> images(String markdown) {
        Set<String> images = new LinkedHashSet<>();
        Matcher m = IMAGE.matcher(markdown);
        while (m.find()) {
            images.add(m.group(1));
        }
        return images;
    }
}
