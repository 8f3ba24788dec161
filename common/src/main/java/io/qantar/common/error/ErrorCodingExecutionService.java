package io.qantar.common.error;

import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.schema.model.Schema;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.json.JsonObject;
import java.util.Map;

/**
 * SmallRye's execution service, answering with coded errors the two requests that SmallRye refuses
 * itself before graphql-java runs, and so before {@link ErrorCodeInstrumentation} can see them: a
 * request without a query, and a document that does not parse ({@link RequestRefusalCoding}).
 *
 * <p>It takes the place of the service that SmallRye's {@code GraphQLProducer} makes, and is built from
 * the same schema. Quarkus gives that one nothing more outside dev mode, where it adds the Dev UI's
 * traffic log: that log stays empty while this service answers.
 */
@Alternative
@Priority(1)
@Singleton
@Unremovable
class ErrorCodingExecutionService extends ExecutionService {

    @Inject
    ErrorCodingExecutionService(GraphQLSchema graphQLSchema, Schema schema) {
        super(graphQLSchema, schema);
    }

    @Override
    public void execute(JsonObject request, Map<String, Object> context, ExecutionResponseWriter writer, boolean async) {
        super.execute(request, context, new RequestRefusalCoding(request, writer), async);
    }
}
