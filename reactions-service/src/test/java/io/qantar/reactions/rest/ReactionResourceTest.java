package io.qantar.reactions.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReactionResourceTest {

    @Test
    void answersAReactionById() {
        given().when().get("/api/reactions/{id}", "zas-mission-scope")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("id", equalTo("zas-mission-scope"))
                .body("actorId", equalTo("stanislav-zas"))
                .body("eventId", equalTo("csto-peacekeepers-arrive"))
                .body("date", equalTo("2022-01-06"))
                .body("quote", equalTo("several days to several weeks"))
                .body("source.outlet", equalTo("Axios"))
                .body("source.publishedOn", equalTo("2022-01-06"));
    }

    @Test
    void answers404ForAnUnknownId() {
        given().when().get("/api/reactions/{id}", "no-such-reaction").then().statusCode(404);
    }

    @Test
    void isDocumentedInOpenApi() {
        given().when().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/api/reactions/{id}'.get.responses.'200'.description", equalTo("The reaction."))
                .body("paths.'/api/reactions/{id}'.get.responses.'404'.description", containsString("No reaction"));
    }

    @Test
    void reportsLiveAndReady() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
