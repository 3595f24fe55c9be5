package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.persistence.ServerDatabase;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PostgresAddressTest {

    @Test
    void aFullAddressGivesHostPortDatabaseLoginAndTheDriverUrlWithSslmode() {
        PostgresAddress address = PostgresAddress.parse("postgresql://correspondant@pg.region.fr:5433/ptce"
                + "?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem");
        assertEquals("pg.region.fr", address.host());
        assertEquals(5433, address.port());
        assertEquals("ptce", address.database());
        assertEquals(Optional.of("correspondant"), address.login());
        assertEquals(Map.of("sslmode", "verify-full", "sslrootcert", "/etc/ssl/ca.pem"), address.parameters());
        assertEquals(
                "jdbc:postgresql://pg.region.fr:5433/ptce?sslmode=verify-full&sslrootcert=%2Fetc%2Fssl%2Fca.pem",
                address.jdbcUrl());
        assertEquals("postgresql://correspondant@pg.region.fr:5433/ptce", address.toString());
        assertEquals(
                new ServerDatabase("pg.region.fr", 5433, "ptce", address.jdbcUrl(), address.toString()),
                address.server(),
                "the store gets the driver's URL, never the login");
    }

    @Test
    void theDefaultPortIsPostgresqlsAndPostgresSchemeAndIpv6AreRead() {
        PostgresAddress address = PostgresAddress.parse("postgres://[::1]/equipe");
        assertEquals("::1", address.host());
        assertEquals(PostgresAddress.DEFAULT_PORT, address.port());
        assertEquals(Optional.empty(), address.login());
        assertEquals("jdbc:postgresql://[::1]:5432/equipe", address.jdbcUrl());
    }

    @Test
    void onlyAddressesStartingWithTheSchemeAreAddressesFoldersAreNot() {
        assertTrue(PostgresAddress.isAddress("postgresql://h/db"));
        assertTrue(PostgresAddress.isAddress("PostgreSQL://h/db"));
        assertFalse(PostgresAddress.isAddress("/home/moi/espace"));
        assertFalse(PostgresAddress.isAddress("postgresql"));
    }

    @Test
    void aPasswordInTheAddressIsRefusedItWouldStayInTheHistory() {
        IllegalArgumentException inUserInfo = assertThrows(
                IllegalArgumentException.class, () -> PostgresAddress.parse("postgresql://moi:secret@h/db"));
        assertTrue(inUserInfo.getMessage().contains("Pas de mot de passe"), inUserInfo.getMessage());
        IllegalArgumentException inQuery = assertThrows(
                IllegalArgumentException.class, () -> PostgresAddress.parse("postgresql://h/db?password=secret"));
        assertTrue(inQuery.getMessage().contains("password"), inQuery.getMessage());
    }

    @Test
    void unknownParametersSslmodesAndShapesAreRefusedInFrench() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PostgresAddress.parse("postgresql://h/db?x=1"))
                .getMessage()
                .startsWith("Paramètre inconnu"));
        assertTrue(assertThrows(
                        IllegalArgumentException.class, () -> PostgresAddress.parse("postgresql://h/db?sslmode=maybe"))
                .getMessage()
                .contains("sslmode"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PostgresAddress.parse("postgresql://h"))
                .getMessage()
                .startsWith("Adresse d'espace partagé illisible"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PostgresAddress.parse("postgresql://h:0/db"))
                .getMessage()
                .startsWith("Port invalide"));
    }
}
