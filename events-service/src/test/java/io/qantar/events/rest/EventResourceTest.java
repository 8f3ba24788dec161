package io.qantar.events.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventResourceTest {

    @Test
    void answersAnEventAsJson() {
        given().accept(ContentType.JSON)
                .when().get("/api/events/{id}", "csto-peacekeepers-arrive")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo("csto-peacekeepers-arrive"))
                .body("type", equalTo("MILITARY_DEPLOYMENT"))
                .body("date", equalTo("2022-01-06"))
                .body("retired", equalTo(false));
    }

    @Test
    void answers404ForAnUnknownEvent() {
        given().when().get("/api/events/{id}", "no-such-event").then().statusCode(404);
        given().when().get("/api/events/{id}", "Not An Id").then().statusCode(404);
    }

    @Test
    void documentsTheEndpointForOpenApi() {
        given().accept(ContentType.JSON)
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("/api/events/{id}"));
    }

    @Test
    void reportsItselfLiveAndReady() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
