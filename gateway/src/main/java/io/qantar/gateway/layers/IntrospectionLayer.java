package io.qantar.gateway.layers;

import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.operation.NormalizedOperation;
import io.qantar.gateway.operation.SelectedField;
import io.qantar.gateway.pipeline.PreparedRequest;

import java.util.Map;

/**
 * Refuses {@code __schema} and {@code __type} to callers the deployment does not show its schema to (production's
 * default), with Apollo Router's {@code INTROSPECTION_DISABLED}. {@code __typename} stays allowed: clients need it
 * to read unions and interfaces. The check runs on the normalised operation, so introspection hidden in fragments
 * is found too.
 */
public final class IntrospectionLayer implements Layer {

    public static final String INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED";

    private final Exposure exposure;

    public IntrospectionLayer(Exposure exposure) {
        this.exposure = exposure;
    }

    @Override
    public void afterPreparation(LayerRequest request, PreparedRequest prepared) {
        if (exposure.allows(request.caller()) || !asksIntrospection(prepared.plan().operation())) {
            return;
        }
        throw new LayerRefusal(0, new GraphQLError("GraphQL introspection has been disabled, but the request "
                + "contained __schema or __type.", null, null, Map.of("code", INTROSPECTION_DISABLED)), Map.of());
    }

    private static boolean asksIntrospection(NormalizedOperation operation) {
        return operation.selection().types().stream().flatMap(type -> operation.selection().fields(type).stream())
                .anyMatch(field -> field.kind() == SelectedField.Kind.INTROSPECTION);
    }
}
