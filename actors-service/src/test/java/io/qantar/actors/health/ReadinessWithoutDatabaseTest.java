package io.qantar.actors.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * While its database cannot be reached, the service is not ready (503), so that no traffic is sent to
 * it, yet alive, so that it is not restarted for a fault that is not its own.
 */
@QuarkusTest
@TestProfile(ReadinessWithoutDatabaseTest.DatabaseUnreachable.class)
class ReadinessWithoutDatabaseTest {

    /** The database is an H2 server on a port where nothing listens; nothing touches it at start. */
    public static class DatabaseUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:h2:tcp://127.0.0.1:1/nowhere",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.hibernate-orm.schema-management.strategy", "none",
                    "qantar.dataset.enabled", "false");
        }
    }

    @Test
    void readinessIsDownWithTheDatabaseCheckNamed() {
        given().get("/q/health/ready")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void livenessStaysUp() {
        given().get("/q/health/live").then().statusCode(200);
    }
}
