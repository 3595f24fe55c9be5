package fr.ptce.workbench.application;

import fr.ptce.workbench.application.common.InvalidInputException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Encrypts an open workspace, or changes its password, from the window: the current password is checked against the
 * one the workspace was opened with before anything is closed; then the workspace is closed, re-encrypted (H2's
 * {@code ChangeFileEncryption}, see {@code WorkspaceEncryption}) and opened again with the new password. On a failure
 * after closing, the store is unchanged and the workspace is opened again as it was.
 */
public final class WorkspacePassword {

    /** The shortest new password accepted. */
    public static final int MIN_LENGTH = 8;

    private WorkspacePassword() {}

    /**
     * What a change gave: the workspace opened again (with the new password, or as it was after a failure), and the
     * failure if any.
     */
    public record Outcome(Workspace workspace, RuntimeException failure) {}

    /**
     * Checks the passwords, nothing being closed when they are refused.
     *
     * @param current the current password; ignored (may be null) for a workspace that is not encrypted yet
     * @throws InvalidInputException in French: an in-memory workspace, a wrong current password, a new password
     *     shorter than {@link #MIN_LENGTH}, or two different new passwords
     */
    public static void check(Workspace open, char[] current, char[] next, char[] repeated) {
        Path folder = folderOf(open);
        if (Workspace.isEncrypted(folder)
                && (current == null || current.length == 0 || !open.passwordMatches(current))) {
            throw new InvalidInputException("Mot de passe actuel incorrect\u00a0: rien n'a été modifié.");
        }
        if (next == null || next.length < MIN_LENGTH) {
            throw new InvalidInputException("Le nouveau mot de passe doit compter au moins " + MIN_LENGTH
                    + "\u00a0caractères\u00a0: rien n'a été modifié.");
        }
        if (!Arrays.equals(next, repeated)) {
            throw new InvalidInputException(
                    "Les deux saisies du nouveau mot de passe diffèrent\u00a0: rien n'a été" + " modifié.");
        }
    }

    /**
     * Encrypts the workspace with {@code next} (not encrypted yet) or changes its password from {@code current};
     * call {@link #check} first. The workspace given is closed; use the one of the outcome.
     */
    public static Outcome change(Workspace open, char[] current, char[] next) {
        Path folder = folderOf(open);
        char[] old = Workspace.isEncrypted(folder) ? current : null;
        open.close();
        try {
            Workspace.changePassword(folder, old, next);
        } catch (RuntimeException e) {
            // the store is unchanged: open it again as it was
            return new Outcome(Workspace.open(folder, old), e);
        }
        return new Outcome(Workspace.open(folder, next), null);
    }

    private static Path folderOf(Workspace open) {
        return open.folder()
                .orElseThrow(
                        () -> new InvalidInputException("Un espace de travail en mémoire ne peut pas être chiffré."));
    }
}
