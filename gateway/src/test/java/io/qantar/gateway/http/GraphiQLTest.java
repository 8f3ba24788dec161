package io.qantar.gateway.http;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GraphiQL at /graphiql/, with every asset it loads served by the gateway itself (no CDN). */
@QuarkusTest
@QuarkusTestResource(value = ShopGatewayResource.class, restrictToAnnotatedClass = true)
class GraphiQLTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Test
    void withoutTheTrailingSlashRedirectsToThePage() {
        given().redirects().follow(false).get("/graphiql")
                .then().statusCode(302).header("Location", "/graphiql/");
        given().redirects().follow(false).queryParam("query", "{ topProduct { name } }").get("/graphiql")
                .then().statusCode(302).header("Location", startsWith("/graphiql/?query="));
        given().get("/graphiql").then().statusCode(200).body(containsString("<div id=\"graphiql\">"));
    }

    @Test
    void servesThePageAndEveryAssetItLoads() {
        String page = given().get("/graphiql/").then().statusCode(200)
                .contentType(startsWith("text/html")).extract().asString();

        List<String> assets = new ArrayList<>();
        Matcher matcher = ASSET.matcher(page);
        while (matcher.find()) {
            assets.add(matcher.group(1));
        }
        assertTrue(assets.containsAll(List.of("graphiql.min.css", "react.production.min.js",
                "react-dom.production.min.js", "graphiql.min.js", "graphiql-start.js")), assets.toString());
        for (String asset : assets) {
            assertTrue(!asset.contains("//"), "loaded from elsewhere: " + asset);
            Response response = given().get("/graphiql/" + asset);
            assertEquals(200, response.statusCode(), asset);
            response.then().body(not(emptyString()))
                    .contentType(asset.endsWith(".css") ? startsWith("text/css") : containsString("javascript"));
        }
    }
}
