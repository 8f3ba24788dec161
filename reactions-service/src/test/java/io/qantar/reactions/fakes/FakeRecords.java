package io.qantar.reactions.fakes;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;

/** The answers the fake services share: 200 with a minimal record, 404, a slow answer or a failure. */
final class FakeRecords {

    /** Longer than the clients' read timeout of two seconds. */
    private static final long SLOW_MILLIS = 3_000;

    private FakeRecords() {
    }

    static Response answer(String id, Set<String> known, String slow, String failing) throws InterruptedException {
        if (id.equals(slow)) {
            Thread.sleep(SLOW_MILLIS);
            return Response.ok(Map.of("id", id)).build();
        }
        if (id.equals(failing)) {
            return Response.serverError().build();
        }
        return known.contains(id) ? Response.ok(Map.of("id", id)).build() : Response.status(Response.Status.NOT_FOUND).build();
    }
}
