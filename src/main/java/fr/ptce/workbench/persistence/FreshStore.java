package fr.ptce.workbench.persistence;

import fr.ptce.workbench.persistence.common.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Creates a new workspace's store whole or not at all. H2 commits each schema change on its own, so a process killed
 * while the migrations create a store would leave a half-made schema that the next opening cannot migrate
 * (« colonne déjà présente »). The store is therefore made under a temporary name, migrated, closed, and only then
 * moved to its name in one atomic step; a leftover of a killed creation is deleted at the next one.
 */
final class FreshStore {

    private static final String SUFFIX = "-creating";
    private static final String DATA = ".mv.db";

    private FreshStore() {}

    /**
     * Makes {@code folder/name.mv.db}, migrated by {@code migrate}, with the given URL options and JDBC password.
     */
    static void create(
            Path folder, String name, String options, String password, Consumer<JdbcConnectionPool> migrate) {
        Path temporary = folder.resolve(name + SUFFIX + DATA);
        Path target = folder.resolve(name + DATA);
        try {
            Files.deleteIfExists(temporary);
            Files.deleteIfExists(folder.resolve(name + SUFFIX + ".trace.db"));
            JdbcConnectionPool pool = JdbcConnectionPool.create(
                    "jdbc:h2:file:" + folder.resolve(name + SUFFIX) + options, "sa", password);
            try (Connection keeper = pool.getConnection()) {
                migrate.accept(pool);
                try (Statement statement = keeper.createStatement()) {
                    statement.execute("SHUTDOWN");
                }
            } finally {
                pool.dispose();
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            throw new StoreException(
                    "Impossible de créer l'espace de travail «\u00a0" + folder + "\u00a0»\u00a0: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Impossible de créer l'espace de travail «\u00a0" + folder + "\u00a0»\u00a0: " + e.getMessage(), e);
        }
    }
}
