package io.qantar.actors.it;

import io.qantar.common.testing.SharedDatabaseContract;

/** Two actors-service processes on one PostgreSQL database. */
class ActorsSharedDatabaseIT extends SharedDatabaseContract {

    @Override
    protected String service() {
        return "actors";
    }

    @Override
    protected String recordId() {
        return "csto";
    }

    @Override
    protected String readQuery() {
        return "query($id: ID!) { actor(id: $id) { id version description } }";
    }

    @Override
    protected String updateMutation() {
        return "mutation($id: ID!, $text: String!, $version: Int) {"
                + " updateActor(id: $id, input: {description: $text, version: $version}) { id version description } }";
    }

    @Override
    protected String textField() {
        return "description";
    }

    @Override
    protected String recordPath() {
        return "actor";
    }

    @Override
    protected String updatePath() {
        return "updateActor";
    }
}
