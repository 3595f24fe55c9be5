package fr.ptce.workbench.cli.common;

import fr.ptce.workbench.application.Workspace;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

/**
 * Where the command line takes a workspace's password: {@code --password-file FILE} (its first line), else the
 * environment variable {@value #ENVIRONMENT}, else, for an encrypted workspace and an interactive terminal, a prompt
 * that does not echo. Never an argument value: it would show in the process list and the shell history.
 */
public final class Passwords {

    /** The environment variable holding the password for scripts. */
    public static final String ENVIRONMENT = "PTCE_PASSWORD";

    public static final String OPTION = "--password-file";

    private Passwords() {}

    /** The password for this workspace, or null when none is given and none is needed. */
    static char[] forWorkspace(CommandLine.Model.CommandSpec spec, Path workspace) {
        char[] given = given(spec);
        if (given != null || !Workspace.isEncrypted(workspace)) {
            return given;
        }
        Console console = System.console();
        return console == null
                ? null
                : console.readPassword("Mot de passe de l'espace de travail «\u00a0%s\u00a0»\u00a0: ", workspace);
    }

    /**
     * The password of a new encrypted workspace: given by file or environment, else typed twice at the terminal;
     * null when none is given and no terminal can ask.
     */
    public static char[] forNewWorkspace(CommandLine.Model.CommandSpec spec, Path workspace) {
        char[] given = given(spec);
        Console console = System.console();
        if (given != null || console == null) {
            return given;
        }
        char[] first = console.readPassword("Mot de passe du nouvel espace chiffré « %s » : ", workspace);
        char[] second = console.readPassword("Le même, de nouveau : ");
        if (first == null || !java.util.Arrays.equals(first, second)) {
            throw new IllegalArgumentException("Les deux mots de passe diffèrent.");
        }
        return first;
    }

    /** The password given by file or environment, or null. */
    static char[] given(CommandLine.Model.CommandSpec spec) {
        Path file = optionValue(spec, OPTION);
        if (file != null) {
            return fromFile(file);
        }
        String environment = System.getenv(ENVIRONMENT);
        return environment == null || environment.isEmpty() ? null : environment.toCharArray();
    }

    /** The file given by {@code --password-file}, or null. */
    static Path passwordFile(CommandLine.Model.CommandSpec spec) {
        return optionValue(spec, OPTION);
    }

    /** The first line of a password file (without its line break). */
    public static char[] fromFile(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = reader.readLine();
            if (line == null || line.isEmpty()) {
                throw new IllegalArgumentException("Le fichier de mot de passe «\u00a0" + file + "\u00a0» est vide.");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Lecture impossible du fichier de mot de passe «\u00a0" + file + "\u00a0»\u00a0: " + e.getMessage(),
                    e);
        }
    }

    private static Path optionValue(CommandLine.Model.CommandSpec spec, String name) {
        for (CommandLine.Model.CommandSpec s = spec; s != null; s = s.parent()) {
            CommandLine.Model.OptionSpec option = s.findOption(name);
            if (option != null && option.getValue() != null) {
                return option.getValue();
            }
        }
        return null;
    }
}
