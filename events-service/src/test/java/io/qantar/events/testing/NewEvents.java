package io.qantar.events.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Inputs for events that tests create, each with an id of its own so tests never share writes. */
public final class NewEvents {

    public static final String CREATE = """
            mutation($input: CreateEventInput!) {
              createEvent(input: $input) { id title summary type date endDate datePrecision dateNote retired version
                place { name region country latitude longitude } }
            }""";

    private NewEvents() {
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> source() {
        return new HashMap<>(Map.of("outlet", "Axios", "title", "Russian troops enter chaos in Kazakhstan",
                "publishedOn", "2022-01-06"));
    }

    /** A valid CreateEventInput with no actor references, to be changed by the test. */
    public static Map<String, Object> input(String id) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("title", "Test event " + id);
        input.put("summary", "An event made by a test.");
        input.put("type", "PROTEST");
        input.put("date", "2031-05-04");
        input.put("datePrecision", "DAY");
        input.put("sources", new ArrayList<>(List.of(source())));
        return input;
    }

    public static Map<String, Object> participant(String actorId, String role) {
        return new HashMap<>(Map.of("actorId", actorId, "role", role));
    }

    public static Map<String, Object> figure(Integer value, String qualifier, String text) {
        Map<String, Object> figure = new HashMap<>();
        figure.put("measure", "people arrested");
        figure.put("value", value);
        figure.put("qualifier", qualifier);
        figure.put("text", text);
        figure.put("attribution", "according to the government");
        figure.put("source", source());
        return figure;
    }

    /** Creates the event through GraphQL and returns its id. */
    public static String create(Map<String, Object> input) {
        GraphQL.data(CREATE, Map.of("input", input));
        return (String) input.get("id");
    }
}
