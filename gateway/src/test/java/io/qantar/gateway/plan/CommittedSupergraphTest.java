package io.qantar.gateway.plan;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.qantar.gateway.operation.DocumentParser;
import io.qantar.gateway.operation.Normalizer;
import io.qantar.gateway.operation.OperationLimits;
import io.qantar.gateway.operation.ValidatedDocument;
import io.qantar.gateway.supergraph.Supergraph;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;


import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The suite's own supergraph ({@code supergraph/supergraph.graphql}, composed from the services' SDLs) loads, and
 * every root field, selected three levels deep, plans with at most one fetch per subgraph per path.
 */
class CommittedSupergraphTest {

    private static final int DEPTH = 3;

    @Test
    void everyRootFieldPlansWithoutRepeatedFetches() throws Exception {
        Path file = Path.of(System.getProperty("qantar.repo.root", ".."), "supergraph", "supergraph.graphql");
        assumeTrue(Files.exists(file), "the suite's supergraph is not composed yet");
        Supergraph supergraph = Supergraph.parse(Files.readString(file));
        GraphQLSchema schema = supergraph.apiSchema();
        DocumentParser parser = new DocumentParser(schema, OperationLimits.DEFAULT, 10);
        QueryPlanner planner = new QueryPlanner(supergraph);

        for (GraphQLFieldDefinition root : schema.getQueryType().getFieldDefinitions()) {
            if (!withoutRequiredArguments(root)) {
                continue;
            }
            String query = "{ " + select(schema, root, 1) + " }";
            ValidatedDocument document = parser.parse(query);
            QueryPlan plan = planner.plan(new Normalizer(schema).normalize(document, document.operation(null), Map.of()));
            List<String> steps = new ArrayList<>();
            collect(plan.root(), steps);
            assertTrue(new HashSet<>(steps).size() == steps.size(), query + " has repeated fetches: " + plan.text());
        }
    }

    private static String select(GraphQLSchema schema, GraphQLFieldDefinition field, int depth) {
        GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
        if (!(type instanceof GraphQLCompositeType composite)) {
            return field.getName();
        }
        if (depth >= DEPTH) {
            return field.getName() + " { __typename }";
        }
        StringBuilder selection = new StringBuilder(field.getName()).append(" { __typename");
        List<GraphQLObjectType> objects = composite instanceof GraphQLObjectType object ? List.of(object)
                : schema.getAllTypesAsList().stream().filter(GraphQLObjectType.class::isInstance)
                .map(GraphQLObjectType.class::cast)
                .filter(o -> schema.isPossibleType((graphql.schema.GraphQLNamedType) composite, o)).toList();
        for (GraphQLObjectType object : objects) {
            selection.append(composite == object ? " " : " ... on " + object.getName() + " { ");
            for (GraphQLFieldDefinition child : ((GraphQLFieldsContainer) object).getFieldDefinitions()) {
                if (withoutRequiredArguments(child)) {
                    selection.append(' ').append(select(schema, child, depth + 1));
                }
            }
            selection.append(composite == object ? "" : " }");
        }
        return selection.append(" }").toString();
    }

    private static boolean withoutRequiredArguments(GraphQLFieldDefinition field) {
        for (GraphQLArgument argument : field.getArguments()) {
            if (argument.getType() instanceof GraphQLNonNull && !argument.hasSetDefaultValue()) {
                return false;
            }
        }
        return true;
    }

    private static void collect(PlanNode node, List<String> steps) {
        if (node instanceof SequenceNode sequence) {
            sequence.nodes().forEach(n -> collect(n, steps));
        } else if (node instanceof ParallelNode parallel) {
            parallel.nodes().forEach(n -> collect(n, steps));
        } else if (node instanceof FlattenNode flatten) {
            steps.add(flatten.fetch().subgraph() + "@" + flatten.path());
        } else if (node instanceof FetchNode fetch) {
            steps.add(fetch.subgraph());
        }
    }

}
