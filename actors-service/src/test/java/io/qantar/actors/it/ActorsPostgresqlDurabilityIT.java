package io.qantar.actors.it;

import io.qantar.common.testing.PostgresqlTestDatabase;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@link DurabilityContract} on PostgreSQL: the PostgreSQL build on the fresh database of the integration tests
 * (see {@link PostgresqlTestDatabase}), skipped like the other PostgreSQL tests where it is unreachable.
 */
class ActorsPostgresqlDurabilityIT extends DurabilityContract {

    @Override
    protected Path jar() {
        return Path.of(System.getProperty("qantar.postgresql.jar"));
    }

    @Override
    protected Map<String, String> databaseConfig() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/"
                        + System.getProperty(PostgresqlTestDatabase.DATABASE_PROPERTY),
                "quarkus.datasource.username", System.getProperty("quarkus.datasource.username", "postgres"));
    }

    @Override
    protected String database() {
        return "postgresql";
    }
}
