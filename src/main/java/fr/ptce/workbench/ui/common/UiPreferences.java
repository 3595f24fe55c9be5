package fr.ptce.workbench.ui.common;

import fr.ptce.workbench.application.PostgresAddress;
import fr.ptce.workbench.ui.fx.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.Preferences;

/**
 * What the window remembers between sessions on this computer: the last workspace, the recent ones, the language,
 * the theme, and for each workspace what the window showed of it ({@link ListSession}: dossier, tab, filters,
 * search, sort).
 */
public final class UiPreferences {

    private static final String LAST_WORKSPACE = "lastWorkspace";
    private static final String LANGUAGE = "language";
    private static final String DEFAULT_LANGUAGE = "fr";
    private static final String RECENT = "recentWorkspaces";
    private static final String THEME = "theme";
    /** The number of recent workspaces the Fichier menu lists. */
    static final int RECENT_COUNT = 8;

    private static final String SEPARATOR = "\n";
    private static final String SESSIONS = "sessions";

    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    /** The current user's preferences of the workbench. */
    public static UiPreferences user() {
        return new UiPreferences(Preferences.userNodeForPackage(UiPreferences.class));
    }

    /** The folder of the workspace used last, if any (a shared workspace is not reopened at start). */
    public Optional<Path> lastWorkspace() {
        return Optional.ofNullable(node.get(LAST_WORKSPACE, null))
                .filter(s -> !s.isBlank() && !PostgresAddress.isAddress(s))
                .map(Path::of);
    }

    /** Remembers the folder as the last workspace and at the top of the recent ones. */
    public void rememberWorkspace(Path folder) {
        String path = folder.toAbsolutePath().toString();
        node.put(LAST_WORKSPACE, path);
        putFirst(path);
    }

    private void putFirst(String entry) {
        List<String> recent = new ArrayList<>(List.of(entry));
        recentEntries().stream().filter(p -> !p.equals(entry)).forEach(recent::add);
        node.put(RECENT, String.join(SEPARATOR, recent.subList(0, Math.min(RECENT_COUNT, recent.size()))));
    }

    /** The workspace folders opened last, the latest first. */
    public List<Path> recentWorkspaces() {
        return recentEntries().stream()
                .filter(s -> !PostgresAddress.isAddress(s))
                .map(Path::of)
                .toList();
    }

    /**
     * The workspaces opened last, the latest first: folders and shared workspaces' addresses
     * ({@code postgresql://LOGIN@SERVER/BASE?sslmode=…}, never with a password).
     */
    public List<String> recentEntries() {
        return Arrays.stream(node.get(RECENT, "").split(SEPARATOR))
                .filter(s -> !s.isBlank())
                .toList();
    }

    /** Puts a shared workspace's address, which holds no password, at the top of the recent workspaces. */
    public void rememberShared(PostgresAddress address) {
        putFirst(address.url());
    }

    /** Forgets a recent workspace (its folder is gone). */
    public void forgetWorkspace(Path folder) {
        String path = folder.toAbsolutePath().toString();
        node.put(
                RECENT,
                String.join(
                        SEPARATOR,
                        recentEntries().stream().filter(p -> !p.equals(path)).toList()));
    }

    /** What the window showed of the workspace in this folder when it was last used; empty when nothing. */
    public ListSession session(Path folder) {
        Preferences session = sessionNode(folder);
        return new ListSession(
                session.get("dossier", ""),
                session.get("tab", ""),
                session.get("filter", ""),
                session.get("search", ""),
                session.get("sort", ""));
    }

    /** Remembers what the window shows of the workspace in this folder. */
    public void rememberSession(Path folder, ListSession session) {
        Preferences node = sessionNode(folder);
        node.put("dossier", session.dossier());
        node.put("tab", session.tab());
        node.put("filter", limited(session.filter()));
        node.put("search", limited(session.search()));
        node.put("sort", limited(session.sort()));
    }

    /** A value short enough for java.util.prefs (8 KiB at most). */
    private static String limited(String value) {
        return value.length() > 2000 ? value.substring(0, 2000) : value;
    }

    /** One node per workspace, named by a digest of its absolute path (node names are limited to 80 characters). */
    private Preferences sessionNode(Path folder) {
        String path = folder.toAbsolutePath().normalize().toString();
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return node.node(SESSIONS).node(java.util.HexFormat.of().formatHex(digest, 0, 16));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Chooses the window's language, from the next start. */
    public void setLocale(Locale locale) {
        node.put(LANGUAGE, locale.getLanguage());
    }

    /** The language of the window: French unless the user chose another, whatever the system's language. */
    public Locale locale() {
        return Locale.forLanguageTag(node.get(LANGUAGE, DEFAULT_LANGUAGE));
    }

    /** The window's theme: light unless the user chose the dark one. */
    public Theme theme() {
        return Theme.named(node.get(THEME, Theme.LIGHT.key()));
    }

    /** Chooses the window's theme, applied at once by the caller and kept for the next starts. */
    public void setTheme(Theme theme) {
        node.put(THEME, theme.key());
    }
}
