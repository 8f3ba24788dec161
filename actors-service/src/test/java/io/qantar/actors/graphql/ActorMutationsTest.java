package io.qantar.actors.graphql;

import static io.qantar.actors.GraphQLRequests.CREATE;
import static io.qantar.actors.GraphQLRequests.UPDATE;
import static io.qantar.actors.GraphQLRequests.assertRefused;
import static io.qantar.actors.GraphQLRequests.create;
import static io.qantar.actors.GraphQLRequests.graphql;
import static io.qantar.actors.GraphQLRequests.newActor;
import static io.qantar.actors.GraphQLRequests.source;
import static io.qantar.actors.GraphQLRequests.uniqueId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActorMutationsTest {

    private static final String FULL_ACTOR = """
            query($id: ID!) { actor(id: $id) {
              id kind name aliases description country retired version
              sources { outlet title publishedOn author quotedPerson }
              offices { title organisation { id } startedOn endedOn current note }
              memberships { organisation { id } member { id } role since contributedTroops note }
            } }""";

    private static final String RETIRE = "mutation($id: ID!) { retireActor(id: $id) { id retired version } }";

    @Test
    void createStoresEverythingTheInputCarries() {
        String organisation = uniqueId("council");
        create(newActor(organisation, "ORGANISATION", "Council"));
        String id = uniqueId("envoy");
        Map<String, Object> input = newActor(id, "PERSON", "  Aigerim Envoy  ");
        input.put("aliases", List.of("The Envoy", " A. Envoy "));
        input.put("country", "KZ");
        input.put("sources", List.of(Map.of("outlet", "Axios", "title", "Russian troops enter chaos in Kazakhstan",
                "publishedOn", "2022-01-06", "author", "A Reporter", "quotedPerson", "Someone Quoted")));
        input.put("offices", List.of(
                Map.of("title", "Envoy", "organisationId", "kazakhstan", "startedOn", "2020-01-01", "endedOn", "2021-06-30",
                        "note", "a past post"),
                Map.of("title", "Adviser", "organisationId", "security-council-of-kazakhstan", "startedOn", "2021-07-01")));
        input.put("memberships", List.of(Map.of("organisationId", organisation, "role", "liaison", "since", "2021-07-01",
                "contributedTroops", true, "note", "seconded")));

        graphql(CREATE, "input", input)
                .body("errors", nullValue())
                .body("data.createActor.id", equalTo(id))
                .body("data.createActor.name", equalTo("Aigerim Envoy"))
                .body("data.createActor.version", equalTo(0))
                .body("data.createActor.retired", equalTo(false));

        graphql(FULL_ACTOR, "id", id)
                .body("data.actor.kind", equalTo("PERSON"))
                .body("data.actor.aliases", contains("The Envoy", "A. Envoy"))
                .body("data.actor.country", equalTo("KZ"))
                .body("data.actor.sources[0].outlet", equalTo("Axios"))
                .body("data.actor.sources[0].publishedOn", equalTo("2022-01-06"))
                .body("data.actor.sources[0].author", equalTo("A Reporter"))
                .body("data.actor.sources[0].quotedPerson", equalTo("Someone Quoted"))
                // current offices first, then the newest
                .body("data.actor.offices.title", contains("Adviser", "Envoy"))
                .body("data.actor.offices.current", contains(true, false))
                .body("data.actor.offices[1].organisation.id", equalTo("kazakhstan"))
                .body("data.actor.offices[1].endedOn", equalTo("2021-06-30"))
                .body("data.actor.offices[1].note", equalTo("a past post"))
                .body("data.actor.memberships[0].organisation.id", equalTo(organisation))
                .body("data.actor.memberships[0].member.id", equalTo(id))
                .body("data.actor.memberships[0].role", equalTo("liaison"))
                .body("data.actor.memberships[0].since", equalTo("2021-07-01"))
                .body("data.actor.memberships[0].contributedTroops", equalTo(true));

        graphql("query($id: ID!) { actor(id: $id) { members { member { id } } } }", "id", organisation)
                .body("data.actor.members.member.id", contains(id));
    }

    @Test
    void aTakenIdIsRefusedAndTheExistingActorIsUntouched() {
        assertRefused(graphql(CREATE, "input", newActor("russia", "PERSON", "Impostor")), "BAD_USER_INPUT", "field", "input.id")
                .body("errors[0].message", containsString("already exists"));
        graphql("query { actor(id: \"russia\") { name kind } }")
                .body("data.actor.name", equalTo("Russia"))
                .body("data.actor.kind", equalTo("STATE"));
    }

    @Test
    void aMalformedIdIsRefused() {
        for (String id : List.of("Upper-Case", "two--hyphens", "-leading", "spaces in it", "x".repeat(101))) {
            refusedCreate(newActor(id, "GROUP", "Whatever"), "input.id");
        }
    }

    @Test
    void eachInvalidFieldOfACreateIsNamed() {
        String id = uniqueId("invalid");
        refusedCreate(with(newActor(id, "GROUP", "x"), "name", "  "), "input.name");
        refusedCreate(with(newActor(id, "GROUP", "x"), "name", "n".repeat(201)), "input.name");
        refusedCreate(with(newActor(id, "GROUP", "x"), "description", ""), "input.description");
        refusedCreate(with(newActor(id, "GROUP", "x"), "description", "d".repeat(4001)), "input.description");
        refusedCreate(with(newActor(id, "GROUP", "x"), "country", "ZZ"), "input.country");
        refusedCreate(with(newActor(id, "GROUP", "x"), "aliases", List.of("fine", " ")), "input.aliases[1]");
        refusedCreate(with(newActor(id, "GROUP", "x"), "aliases", List.of("a".repeat(201))), "input.aliases[0]");
        refusedCreate(with(newActor(id, "GROUP", "x"), "aliases", Collections.nCopies(51, "alias")), "input.aliases");
        refusedCreate(with(newActor(id, "GROUP", "x"), "sources", List.of()), "input.sources");
        refusedCreate(with(newActor(id, "GROUP", "x"), "sources", Collections.nCopies(21, source())), "input.sources");
        refusedCreate(with(newActor(id, "GROUP", "x"), "sources", List.of(source(), Map.of("outlet", " "))), "input.sources[1].outlet");
        refusedCreate(with(newActor(id, "GROUP", "x"), "sources", List.of(Map.of("outlet", "A", "url", "ftp://x"))), "input.sources[0].url");
        refusedCreate(with(newActor(id, "GROUP", "x"), "offices", List.of(Map.of("title", " "))), "input.offices[0].title");
        refusedCreate(with(newActor(id, "GROUP", "x"), "offices", List.of(Map.of("title", "t", "note", "n".repeat(1001)))),
                "input.offices[0].note");
        refusedCreate(with(newActor(id, "GROUP", "x"), "memberships",
                List.of(Map.of("organisationId", "csto", "role", "r".repeat(201)))), "input.memberships[0].role");
        graphql("query($id: ID!) { actor(id: $id) { id } }", "id", id).body("data.actor", nullValue());
    }

    @Test
    void anOfficeCannotEndBeforeItStartsNorBeCurrentOnceEnded() {
        String id = uniqueId("office-dates");
        refusedCreate(with(newActor(id, "PERSON", "x"), "offices", List.of(
                Map.of("title", "Fine", "startedOn", "2020-01-01"),
                Map.of("title", "Backwards", "startedOn", "2022-01-05", "endedOn", "2022-01-04"))), "input.offices[1].endedOn");
        refusedCreate(with(newActor(id, "PERSON", "x"), "offices", List.of(
                Map.of("title", "Ended", "endedOn", "2022-01-05", "current", true))), "input.offices[0].current");

        Map<String, Object> oneDay = with(newActor(id, "PERSON", "x"), "offices", List.of(
                Map.of("title", "One day", "startedOn", "2022-01-05", "endedOn", "2022-01-05")));
        graphql(CREATE, "input", oneDay).body("errors", nullValue());
        graphql(FULL_ACTOR, "id", id).body("data.actor.offices[0].current", equalTo(false));
    }

    @Test
    void anOfficeMustBelongToAnExistingStateOrOrganisation() {
        String id = uniqueId("office-owner");
        refusedCreate(with(newActor(id, "PERSON", "x"), "offices",
                List.of(Map.of("title", "t", "organisationId", "no-such-state"))), "input.offices[0].organisationId");
        refusedCreate(with(newActor(id, "PERSON", "x"), "offices",
                List.of(Map.of("title", "t", "organisationId", "vladimir-putin"))), "input.offices[0].organisationId");
        refusedCreate(with(newActor(id, "PERSON", "x"), "offices",
                List.of(Map.of("title", "t", "organisationId", "Not A Slug"))), "input.offices[0].organisationId");
    }

    @Test
    void aMembershipMustNameAnExistingOrganisationOnce() {
        String id = uniqueId("joiner");
        refusedCreate(with(newActor(id, "STATE", "x"), "memberships",
                List.of(Map.of("organisationId", "no-such-alliance"))), "input.memberships[0].organisationId");
        refusedCreate(with(newActor(id, "STATE", "x"), "memberships",
                List.of(Map.of("organisationId", "russia"))), "input.memberships[0].organisationId");
        refusedCreate(with(newActor(id, "STATE", "x"), "memberships",
                List.of(Map.of("organisationId", "csto"), Map.of("organisationId", "csto"))), "input.memberships[1].organisationId");
        refusedCreate(with(newActor(id, "STATE", "x"), "memberships",
                List.of(Map.of("organisationId", "CSTO"))), "input.memberships[0].organisationId");
    }

    @Test
    void updateChangesOnlyWhatItIsGiven() {
        String id = uniqueId("updated");
        Map<String, Object> input = newActor(id, "PERSON", "Before");
        input.put("aliases", List.of("Old alias"));
        input.put("country", "KZ");
        create(input);

        graphql(UPDATE, "id", id, "input", Map.of("name", "After", "version", 0))
                .body("errors", nullValue())
                .body("data.updateActor.name", equalTo("After"))
                .body("data.updateActor.version", equalTo(1));
        graphql(FULL_ACTOR, "id", id)
                .body("data.actor.name", equalTo("After"))
                .body("data.actor.country", equalTo("KZ"))
                .body("data.actor.description", equalTo("Created by a test."))
                .body("data.actor.aliases", contains("Old alias"))
                .body("data.actor.sources.outlet", contains("Test Wire"));
    }

    @Test
    void updateReplacesTheListsItIsGiven() {
        String organisation = uniqueId("league");
        create(newActor(organisation, "ORGANISATION", "League"));
        String id = uniqueId("relisted");
        Map<String, Object> input = newActor(id, "STATE", "Relisted");
        input.put("aliases", List.of("one", "two"));
        input.put("memberships", List.of(Map.of("organisationId", organisation, "contributedTroops", true)));
        input.put("offices", List.of(Map.of("title", "Old office")));
        create(input);

        Map<String, Object> changes = Map.of(
                "aliases", List.of("three"),
                "memberships", List.of(),
                "offices", List.of(Map.of("title", "New office", "organisationId", "kazakhstan")),
                "sources", List.of(Map.of("outlet", "Axios")),
                "version", 0);
        graphql(UPDATE, "id", id, "input", changes).body("errors", nullValue());

        graphql(FULL_ACTOR, "id", id)
                .body("data.actor.aliases", contains("three"))
                .body("data.actor.memberships", empty())
                .body("data.actor.offices.title", contains("New office"))
                .body("data.actor.sources.outlet", contains("Axios"));
        graphql("query($id: ID!) { actor(id: $id) { members { member { id } } } }", "id", organisation)
                .body("data.actor.members", empty());
    }

    @Test
    void updateClearsTheCountryWhenAskedAndOnlyThen() {
        String id = uniqueId("stateless");
        Map<String, Object> input = newActor(id, "GROUP", "Stateless");
        input.put("country", "KZ");
        create(input);

        refusedUpdate(id, Map.of("country", "RU", "clear", List.of("COUNTRY")), "input.clear");
        graphql(FULL_ACTOR, "id", id).body("data.actor.country", equalTo("KZ")).body("data.actor.version", equalTo(0));

        graphql(UPDATE, "id", id, "input", Map.of("clear", List.of("COUNTRY"), "version", 0))
                .body("errors", nullValue())
                .body("data.updateActor.version", equalTo(1));
        graphql(FULL_ACTOR, "id", id)
                .body("data.actor.country", nullValue())
                .body("data.actor.name", equalTo("Stateless"));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        String id = uniqueId("versioned");
        create(newActor(id, "GROUP", "Versioned"));
        graphql(UPDATE, "id", id, "input", Map.of("name", "First edit", "version", 0)).body("errors", nullValue());

        assertRefused(graphql(UPDATE, "id", id, "input", Map.of("name", "Lost edit", "version", 0)), "CONFLICT", "id", id);
        graphql(FULL_ACTOR, "id", id)
                .body("data.actor.name", equalTo("First edit"))
                .body("data.actor.version", equalTo(1));
    }

    @Test
    void anUpdateThatStatesNoVersionIsRefusedAndChangesNothing() {
        String id = uniqueId("unversioned");
        create(newActor(id, "GROUP", "Unversioned"));

        assertRefused(graphql(UPDATE, "id", id, "input", Map.of("name", "Blind edit")), "BAD_USER_INPUT", "field", "input.version")
                .body("errors[0].message", containsString("must state the version"));
        graphql(FULL_ACTOR, "id", id)
                .body("data.actor.name", equalTo("Unversioned"))
                .body("data.actor.version", equalTo(0));
    }

    @Test
    void updateOfAnUnknownIdIsNotFound() {
        assertRefused(graphql(UPDATE, "id", "no-such-actor", "input", Map.of("name", "x", "version", 0)), "NOT_FOUND", "id", "no-such-actor");
        assertRefused(graphql(UPDATE, "id", "Not A Slug", "input", Map.of("name", "x", "version", 0)), "BAD_USER_INPUT", "field", "id");
    }

    @Test
    void eachInvalidFieldOfAnUpdateIsNamedAndNothingIsWritten() {
        String id = uniqueId("strict");
        create(newActor(id, "PERSON", "Strict"));

        refusedUpdate(id, Map.of("name", " "), "input.name");
        refusedUpdate(id, Map.of("description", "\n"), "input.description");
        refusedUpdate(id, Map.of("country", "Kazakhstan"), "input.country");
        refusedUpdate(id, Map.of("sources", List.of()), "input.sources");
        refusedUpdate(id, Map.of("version", -1), "input.version");
        refusedUpdate(id, Map.of("aliases", List.of("")), "input.aliases[0]");
        refusedUpdate(id, Map.of("name", "Half written", "memberships", List.of(Map.of("organisationId", id))),
                "input.memberships[0].organisationId");
        refusedUpdate(id, Map.of("name", "Half written", "offices",
                List.of(Map.of("title", "t", "startedOn", "2022-01-06", "endedOn", "2022-01-01"))), "input.offices[0].endedOn");

        graphql(FULL_ACTOR, "id", id)
                .body("data.actor.name", equalTo("Strict"))
                .body("data.actor.version", equalTo(0));
    }

    @Test
    void anOrganisationWithMembersCannotChangeKind() {
        String organisation = uniqueId("alliance");
        create(newActor(organisation, "ORGANISATION", "Alliance"));
        Map<String, Object> member = newActor(uniqueId("ally"), "STATE", "Ally");
        member.put("memberships", List.of(Map.of("organisationId", organisation)));
        create(member);

        refusedUpdate(organisation, Map.of("kind", "GROUP"), "input.kind");
        graphql(UPDATE, "id", organisation, "input", Map.of("kind", "ORGANISATION", "version", 0)).body("errors", nullValue());
    }

    @Test
    void aStateThatOfficesBelongToCannotBecomeAPerson() {
        String state = uniqueId("realm");
        create(newActor(state, "STATE", "Realm"));
        Map<String, Object> ruler = newActor(uniqueId("ruler"), "PERSON", "Ruler");
        ruler.put("offices", List.of(Map.of("title", "Monarch", "organisationId", state)));
        create(ruler);

        refusedUpdate(state, Map.of("kind", "PERSON"), "input.kind");
        graphql(UPDATE, "id", state, "input", Map.of("kind", "ORGANISATION", "version", 0)).body("errors", nullValue());
    }

    @Test
    void retireHidesTheActorButKeepsItAnswerable() {
        String id = uniqueId("retiree");
        create(newActor(id, "PERSON", "Retiree " + id));

        graphql(RETIRE, "id", id)
                .body("errors", nullValue())
                .body("data.retireActor.retired", equalTo(true))
                .body("data.retireActor.version", equalTo(1));
        graphql(RETIRE, "id", id)
                .body("errors", nullValue())
                .body("data.retireActor.version", equalTo(1));
        graphql("query($id: ID!) { actor(id: $id) { retired } }", "id", id).body("data.actor.retired", equalTo(true));
    }

    @Test
    void retireOfAnUnknownIdIsNotFound() {
        assertRefused(graphql(RETIRE, "id", "no-such-actor"), "NOT_FOUND", "id", "no-such-actor");
        assertRefused(graphql(RETIRE, "id", "NO SUCH"), "BAD_USER_INPUT", "field", "id");
    }

    private static void refusedCreate(Map<String, Object> input, String field) {
        ValidatableResponse response = graphql(CREATE, "input", input);
        assertRefused(response, "BAD_USER_INPUT", "field", field)
                .body("errors[0].message", not(equalTo("System error")));
    }

    /** An update of a record at version 0 (the version is added where the changes give none) that is refused. */
    private static void refusedUpdate(String id, Map<String, Object> changes, String field) {
        Map<String, Object> versioned = new HashMap<>(changes);
        versioned.putIfAbsent("version", 0);
        assertRefused(graphql(UPDATE, "id", id, "input", versioned), "BAD_USER_INPUT", "field", field)
                .body("errors[0].message", not(equalTo("System error")));
    }

    private static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(input);
        changed.put(field, value);
        return changed;
    }
}
