package io.qantar.common.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prepares a fresh PostgreSQL database for a service's second test run, the one the build starts
 * with {@code -Dqantar.postgresql.database=<name>}; it is dropped again when the test JVM ends.
 * Where PostgreSQL cannot be reached the run is skipped with a line saying so, except in CI
 * (the {@code CI} environment variable is set), where an unreachable database fails the build.
 * Registered through JUnit's extension auto-detection, which only that run switches on.
 */
public final class PostgresqlTestDatabase implements ExecutionCondition {

    public static final String DATABASE_PROPERTY = "qantar.postgresql.database";
    private static final String ADMIN_URL = System.getProperty(
            "qantar.postgresql.admin-url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    private static final String USER = System.getProperty("quarkus.datasource.username", "postgres");
    private static final String PASSWORD = System.getProperty("quarkus.datasource.password", "");

    private static ConditionEvaluationResult prepared;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String database = System.getProperty(DATABASE_PROPERTY);
        if (database == null) {
            return ConditionEvaluationResult.enabled("not the PostgreSQL run");
        }
        return prepare(database);
    }

    private static synchronized ConditionEvaluationResult prepare(String database) {
        if (prepared == null) {
            prepared = create(database);
        }
        return prepared;
    }

    private static ConditionEvaluationResult create(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException(DATABASE_PROPERTY + " must be a plain identifier, got " + database);
        }
        try {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            execute("CREATE DATABASE " + database);
        } catch (SQLException unreachable) {
            String reason = "PostgreSQL is not reachable at " + ADMIN_URL + " (" + unreachable.getMessage() + ")";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(reason + "; CI requires the PostgreSQL test run", unreachable);
            }
            System.out.println("[postgresql] " + reason + ": skipping the PostgreSQL run of these tests");
            return ConditionEvaluationResult.disabled(reason);
        }
        System.out.println("[postgresql] running the tests on a fresh database " + database);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                System.out.println("[postgresql] could not drop " + database + ": " + e.getMessage());
            }
        }));
        return ConditionEvaluationResult.enabled("PostgreSQL database " + database + " is ready");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
