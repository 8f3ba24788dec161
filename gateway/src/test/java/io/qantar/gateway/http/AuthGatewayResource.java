package io.qantar.gateway.http;

import io.qantar.gateway.testing.TestTokens;

import java.util.HashMap;
import java.util.Map;

/** The shop gateway, trusting a key pair made for the run. */
public class AuthGatewayResource extends ShopGatewayResource {


    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        TestTokens tokens = new TestTokens();
        tokens.publish();
        config.put("mp.jwt.verify.publickey.location", tokens.writePublicKey().toString());
        config.put("mp.jwt.verify.issuer", TestTokens.ISSUER);
        config.put("mp.jwt.verify.audiences", TestTokens.AUDIENCE);
        return config;
    }
}
