package fr.ptce.workbench.persistence;

import fr.ptce.workbench.persistence.common.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.h2.tools.ChangeFileEncryption;

/**
 * Encryption at rest of a workspace: H2's AES file encryption ({@code CIPHER=AES}) with a file key derived from the
 * user's password (PBKDF2-HMAC-SHA256, then H2's own salted hashing inside the file). Whether a workspace is
 * encrypted is read from its file header; nothing about the password is stored in clear beside it.
 */
public final class WorkspaceEncryption {

    /** The shortest password accepted for a new encryption. */
    public static final int MIN_LENGTH = 8;

    static final String FILE_NAME = "workspace";
    private static final String DATA_FILE = FILE_NAME + ".mv.db";
    /** H2's encrypted file system writes this header before the salt (FilePathEncrypt). */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] SALT = "ptce-workbench/workspace-key/v1".getBytes(StandardCharsets.US_ASCII);
    private static final int ITERATIONS = 120_000;

    private WorkspaceEncryption() {}

    /** Whether the workspace in this folder exists and is encrypted. */
    public static boolean isEncrypted(Path folder) {
        Path data = folder.resolve(DATA_FILE);
        if (!Files.isRegularFile(data)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(data)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Lecture impossible de «\u00a0" + data + "\u00a0»\u00a0: " + e.getMessage(), e);
        }
    }

    /** Whether a workspace already exists in this folder. */
    static boolean exists(Path folder) {
        return Files.isRegularFile(folder.resolve(DATA_FILE));
    }

    /**
     * Encrypts a closed workspace, or changes its password: {@code oldPassword} is null for a workspace that is not
     * encrypted yet. The workspace must not be open anywhere.
     *
     * @throws WorkspacePasswordException when the old password is wrong or the new one too short
     */
    public static void changePassword(Path folder, char[] oldPassword, char[] newPassword) {
        Path shown = folder.toAbsolutePath().normalize();
        if (newPassword == null || newPassword.length < MIN_LENGTH) {
            throw new WorkspacePasswordException(shown, WorkspacePasswordException.Reason.TOO_SHORT, null);
        }
        boolean encrypted = isEncrypted(folder);
        if (encrypted && oldPassword == null) {
            throw new WorkspacePasswordException(shown, WorkspacePasswordException.Reason.REQUIRED, null);
        }
        if (!encrypted && oldPassword != null) {
            throw new WorkspacePasswordException(shown, WorkspacePasswordException.Reason.NOT_ENCRYPTED, null);
        }
        // checks the old password and the lock by opening once: ChangeFileEncryption would rewrite garbage
        Database.openFile(folder, oldPassword).close();
        try {
            ChangeFileEncryption.execute(
                    folder.toString(),
                    FILE_NAME,
                    "AES",
                    encrypted ? fileKey(oldPassword) : null,
                    fileKey(newPassword),
                    true);
        } catch (SQLException e) {
            throw new StoreException(
                    "Changement de mot de passe impossible pour «\u00a0" + shown + "\u00a0»\u00a0: " + e.getMessage(),
                    e);
        }
    }

    /** H2's file password: hexadecimal, so that it holds no space (H2 separates file and user passwords by one). */
    static char[] fileKey(char[] password) {
        try {
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] key = factory.generateSecret(new PBEKeySpec(password, SALT, ITERATIONS, 256))
                    .getEncoded();
            return HexFormat.of().formatHex(key).toCharArray();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    /** The JDBC password H2 expects for an encrypted file: file key, one space, the (empty) user password. */
    static String jdbcPassword(char[] password) {
        return new String(fileKey(password)) + " ";
    }
}
