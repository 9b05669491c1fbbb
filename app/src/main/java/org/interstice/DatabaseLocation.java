package org.interstice;

/** Where the data lives: an embedded PostgreSQL this process runs, or an external one. */
final class DatabaseLocation implements AutoCloseable {

    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final EmbeddedDatabase embedded;

    private DatabaseLocation(String jdbcUrl, String username, String password, EmbeddedDatabase embedded) {
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.embedded = embedded;
    }

    static DatabaseLocation external(String url, String username, String password) {
        return new DatabaseLocation(url, username, password, null);
    }

    static DatabaseLocation embedded(EmbeddedDatabase embedded) {
        return new DatabaseLocation(embedded.jdbcUrl(), "postgres", "postgres", embedded);
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
