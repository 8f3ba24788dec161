package io.qantar.gateway.http;

import io.qantar.gateway.testing.FakeSubgraph;
import io.qantar.gateway.testing.TestTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;

/**
 * The shop gateway with the authorization directives of {@code supergraphs/secured}, trusting a key pair made for
 * the run, and set up as production is: introspection and the query plan only for {@code shop:admin}, no GraphiQL.
 */
public class AuthGatewayResource extends ShopGatewayResource {

    static final String SECURED = "supergraphs/secured/supergraph.graphql";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        try {
            Files.writeString(supergraphFile, FakeSubgraph.resource(SECURED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestTokens tokens = new TestTokens();
        tokens.publish();
        config.put("mp.jwt.verify.publickey.location", tokens.writePublicKey().toString());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        config.put("mp.jwt.verify.audiences", TestTokens.AUDIENCE);
        config.put("qantar.gateway.authorization.policies.\"reviewer\"", "shop:review");
        config.put("qantar.gateway.exposure.introspection", "scope:shop:admin");
        config.put("qantar.gateway.exposure.query-plan", "scope:shop:admin");
        config.put("qantar.gateway.exposure.graphiql", "off");
        return config;
    }
}
