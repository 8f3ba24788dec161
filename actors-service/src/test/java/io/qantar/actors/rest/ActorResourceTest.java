package io.qantar.actors.rest;

import static io.qantar.actors.GraphQLRequests.create;
import static io.qantar.actors.GraphQLRequests.graphql;
import static io.qantar.actors.GraphQLRequests.newActor;
import static io.qantar.actors.GraphQLRequests.uniqueId;
import static io.restassured.RestAssured.given;
import static io.restassured.RestAssured.when;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActorResourceTest {

    @Test
    void anExistingActorIsAnsweredAsJson() {
        when().get("/api/actors/{id}", "csto")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo("csto"))
                .body("kind", equalTo("ORGANISATION"))
                .body("name", equalTo("Collective Security Treaty Organization"))
                .body("aliases", hasItems("CSTO", "CTSC"))
                .body("retired", equalTo(false));
    }

    @Test
    void anUnknownIdIsNotFound() {
        when().get("/api/actors/{id}", "no-such-actor")
                .then().statusCode(404)
                .body("message", containsString("no-such-actor"));
        when().get("/api/actors/{id}", "Not A Slug").then().statusCode(404);
    }

    @Test
    void aRetiredActorIsStillAnsweredSoThatReferencesStayValid() {
        String id = uniqueId("rest-retired");
        create(newActor(id, "GROUP", "Retired over REST"));
        graphql("mutation($id: ID!) { retireActor(id: $id) { id } }", "id", id).body("errors", nullValue());

        when().get("/api/actors/{id}", id)
                .then().statusCode(200)
                .body("retired", equalTo(true));
    }

    @Test
    void listsActorsOfAKindByName() {
        given().queryParam("kind", "STATE").queryParam("first", 100)
                .when().get("/api/actors")
                .then().statusCode(200)
                .body("kind", everyItem(equalTo("STATE")))
                .body("id", hasItems("armenia", "kazakhstan", "russia", "united-states"));
        given().queryParam("first", 2)
                .when().get("/api/actors")
                .then().statusCode(200)
                .body("$", hasSize(2));
        given().queryParam("first", 0)
                .when().get("/api/actors")
                .then().statusCode(200)
                .body("$", empty());
    }

    @Test
    void theListLeavesRetiredActorsOut() {
        String id = uniqueId("rest-hidden");
        create(newActor(id, "ORGANISATION", "Hidden over REST"));
        graphql("mutation($id: ID!) { retireActor(id: $id) { id } }", "id", id).body("errors", nullValue());

        given().queryParam("kind", "ORGANISATION").queryParam("first", 100)
                .when().get("/api/actors")
                .then().statusCode(200)
                .body("id", not(hasItem(id)));
    }

    @Test
    void invalidListParametersAreBadRequests() {
        given().queryParam("kind", "PLANET").when().get("/api/actors")
                .then().statusCode(400).body("message", containsString("kind"));
        given().queryParam("kind", "state").when().get("/api/actors").then().statusCode(400);
        for (String first : new String[] {"-1", "101", "ten"}) {
            given().queryParam("first", first).when().get("/api/actors")
                    .then().statusCode(400).body("message", containsString("first"));
        }
    }

    @Test
    void theEndpointsAreDocumentedInOpenApi() {
        given().accept(ContentType.JSON).when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/actors/{id}'.get.responses.'404'", not(nullValue()))
                .body("paths.'/api/actors'.get.parameters.name", hasItems("kind", "first"));
    }

    @Test
    void healthChecksAreUp() {
        when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
