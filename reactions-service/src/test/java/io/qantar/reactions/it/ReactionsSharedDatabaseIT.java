package io.qantar.reactions.it;

import io.qantar.common.testing.SharedDatabaseContract;

/** Two reactions-service processes on one PostgreSQL database. */
class ReactionsSharedDatabaseIT extends SharedDatabaseContract {

    @Override
    protected String service() {
        return "reactions";
    }

    @Override
    protected String recordId() {
        return "zas-mission-scope";
    }

    @Override
    protected String readQuery() {
        return "query($id: ID!) { reaction(id: $id) { id version summary } }";
    }

    @Override
    protected String updateMutation() {
        return "mutation($id: ID!, $text: String!, $version: Int) {"
                + " updateReaction(id: $id, input: {summary: $text, version: $version}) { id version summary } }";
    }

    @Override
    protected String textField() {
        return "summary";
    }

    @Override
    protected String recordPath() {
        return "reaction";
    }

    @Override
    protected String updatePath() {
        return "updateReaction";
    }
}
