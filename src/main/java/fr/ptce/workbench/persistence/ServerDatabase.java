package fr.ptce.workbench.persistence;

/**
 * A database on a PostgreSQL server as the store connects to it: pgjdbc's URL (with its TLS parameters, never a
 * login or a password) and how the user wrote the address, for messages. The application reads the address the
 * user gives ({@code postgresql://…}) into one.
 */
public record ServerDatabase(String host, int port, String database, String jdbcUrl, String shown) {

    @Override
    public String toString() {
        return shown;
    }
}
