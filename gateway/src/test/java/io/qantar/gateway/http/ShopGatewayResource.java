package io.qantar.gateway.http;

import io.qantar.gateway.testing.FakeSubgraph;
import io.qantar.gateway.testing.ShopSubgraphs;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Starts the shop's fake subgraphs and points the gateway at a copy of their supergraph in a temporary file. */
public class ShopGatewayResource implements QuarkusTestResourceLifecycleManager {

    static Vertx vertx;
    static ShopSubgraphs shop;
    static Path supergraphFile;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        shop = new ShopSubgraphs(vertx, 3);
        try {
            supergraphFile = Files.createTempFile("supergraph", ".graphql");
            Files.writeString(supergraphFile, FakeSubgraph.resource(ShopSubgraphs.SUPERGRAPH));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> config = new HashMap<>();
        config.put("qantar.gateway.supergraph", supergraphFile.toString());
        config.put("qantar.gateway.supergraph-poll-interval", "200ms");
        config.put("qantar.gateway.propagate-headers", "Authorization,X-Request-Id");
        for (FakeSubgraph subgraph : shop.all()) {
            config.put("qantar.gateway.subgraphs." + subgraph.name() + ".url", subgraph.url());
        }
        return config;
    }

    @Override
    public void stop() {
        shop.close();
        vertx.close();
        try {
            Files.deleteIfExists(supergraphFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
