package io.qantar.gateway.layers;

import graphql.language.OperationDefinition;
import io.qantar.gateway.error.ErrorCodes;
import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.pipeline.PreparedRequest;
import io.vertx.core.http.HttpMethod;

import java.util.Map;

/**
 * GET may only run queries (GraphQL over HTTP): a GET must be safe, and a link or an image tag must never start
 * a mutation. Refused with 405 and {@code Allow: POST}.
 */
public final class HttpMethodLayer implements Layer {

    @Override
    public void afterPreparation(LayerRequest request, PreparedRequest prepared) {
        if (request.method() == HttpMethod.GET && prepared.kind() != OperationDefinition.Operation.QUERY) {
            throw new LayerRefusal(405, GraphQLError.of("Can only perform a "
                    + prepared.kind().name().toLowerCase() + " operation from a POST request.",
                    ErrorCodes.BAD_REQUEST), Map.of("Allow", "POST"));
        }
    }
}
