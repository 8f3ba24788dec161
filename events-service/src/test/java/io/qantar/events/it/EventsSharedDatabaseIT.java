package io.qantar.events.it;

import io.qantar.common.testing.SharedDatabaseContract;

/** Two events-service processes on one PostgreSQL database. */
class EventsSharedDatabaseIT extends SharedDatabaseContract {

    @Override
    protected String service() {
        return "events";
    }

    @Override
    protected String recordId() {
        return "almaty-airport-seized";
    }

    @Override
    protected String readQuery() {
        return "query($id: ID!) { event(id: $id) { id version summary } }";
    }

    @Override
    protected String updateMutation() {
        return "mutation($id: ID!, $text: String!, $version: Int) {"
                + " updateEvent(id: $id, input: {summary: $text, version: $version}) { id version summary } }";
    }

    @Override
    protected String textField() {
        return "summary";
    }

    @Override
    protected String recordPath() {
        return "event";
    }

    @Override
    protected String updatePath() {
        return "updateEvent";
    }
}
