package io.qantar.gateway.plan;

import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import io.qantar.gateway.operation.NormalizedOperation;
import io.qantar.gateway.operation.SelectedField;
import io.qantar.gateway.operation.SelectionSet;
import io.qantar.gateway.supergraph.EntityKey;
import io.qantar.gateway.supergraph.FieldInfo;
import io.qantar.gateway.supergraph.FieldJoin;
import io.qantar.gateway.supergraph.Supergraph;
import io.qantar.gateway.supergraph.TypeInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a normalised operation into a {@link QueryPlan}.
 *
 * <p>The planner walks the operation from the root. Each position (an object type at a response path) belongs to
 * a fetch group of one subgraph; the fields that subgraph resolves go into its selection, and the others are
 * grouped per target subgraph into entity fetches keyed by (subgraph, path, parent fetch), so that one
 * {@code _entities} call serves every object at that path. The parent selection gets {@code __typename}, the
 * chosen key's fields and any {@code @requires} fields, which may themselves need other fetches first; those
 * become dependencies. The groups are finally arranged into sequence and parallel nodes.
 */
public final class QueryPlanner {

    /** Prefix of the alias given to a key or required field whose name a client alias already uses. */
    static final String PLUMBING_ALIAS_PREFIX = "qantar__";

    private final Supergraph supergraph;

    public QueryPlanner(Supergraph supergraph) {
        this.supergraph = supergraph;
    }

    public QueryPlan plan(NormalizedOperation operation) {
        return new Planning(operation).run();
    }

    private record EntityGroupKey(String graph, ResponsePath path, int parentId) {
    }

    /** The state of planning one operation. */
    private final class Planning {

        private final NormalizedOperation operation;
        private final List<FetchGroup> groups = new ArrayList<>();
        private final List<FetchGroup> roots = new ArrayList<>();
        private final Map<EntityGroupKey, FetchGroup> entityGroups = new HashMap<>();
        /** Entities whose key is being fetched from elsewhere, as {@code Type@graph}: guards against loops. */
        private final Set<String> keyResolutions = new HashSet<>();

        Planning(NormalizedOperation operation) {
            this.operation = operation;
        }

        QueryPlan run() {
            List<SelectedField> rootFields = operation.rootFields().stream()
                    .filter(f -> f.kind() == SelectedField.Kind.FIELD).toList();
            boolean mutation = operation.kind() == OperationDefinition.Operation.MUTATION;
            if (mutation) {
                planMutation(rootFields);
            } else {
                planQuery(rootFields);
            }
            Map<FetchGroup, FetchNode> fetches = new LinkedHashMap<>();
            for (FetchGroup group : groups) {
                fetches.put(group, FetchNodeFactory.create(group, operation, mutation && !group.entity));
            }
            PlanNode root = new PlanAssembler(groups, roots, fetches).assemble(mutation);
            return new QueryPlan(operation, root, IntrospectionDocument.build(operation));
        }

        private void planQuery(List<SelectedField> rootFields) {
            String rootType = operation.rootType();
            Map<String, List<SelectedField>> byGraph = new LinkedHashMap<>();
            for (SelectedField field : rootFields) {
                List<String> candidates = rootCandidates(rootType, field);
                String chosen = candidates.stream().filter(byGraph::containsKey).findFirst().orElse(candidates.get(0));
                byGraph.computeIfAbsent(chosen, g -> new ArrayList<>()).add(field);
            }
            byGraph.forEach((graph, fields) -> {
                FetchGroup group = newGroup(graph, ResponsePath.ROOT, false);
                roots.add(group);
                planFields(group, group.selection, rootType, fields, rootFields, ResponsePath.ROOT, null);
            });
        }

        /** Root fields of a mutation run in order; consecutive fields of one subgraph share a fetch. */
        private void planMutation(List<SelectedField> rootFields) {
            String rootType = operation.rootType();
            FetchGroup current = null;
            for (SelectedField field : rootFields) {
                List<String> candidates = rootCandidates(rootType, field);
                String graph = current != null && candidates.contains(current.graph) ? current.graph : candidates.get(0);
                if (current == null || !current.graph.equals(graph)) {
                    current = newGroup(graph, ResponsePath.ROOT, false);
                    roots.add(current);
                }
                planFields(current, current.selection, rootType, List.of(field), rootFields, ResponsePath.ROOT, null);
            }
        }

        private List<String> rootCandidates(String rootType, SelectedField field) {
            List<String> candidates = supergraph.graphsResolving(rootType, field.name());
            if (candidates.isEmpty()) {
                throw new PlanningException("no subgraph resolves " + rootType + "." + field.name());
            }
            return candidates;
        }

        private FetchGroup newGroup(String graph, ResponsePath path, boolean entity) {
            FetchGroup group = new FetchGroup(groups.size(), graph, path, entity);
            groups.add(group);
            return group;
        }

        /**
         * Plans {@code fields} of an object of {@code type} that {@code group} returns at {@code path}, writing what
         * the group resolves into {@code target}. Returns every fetch group this created or used below, which is
         * what a fetch needing these fields must wait for.
         *
         * @param siblings the client's fields at this position, to keep plumbing fields from taking their keys
         * @param provided what {@code @provides} lets the group's subgraph resolve here, or null
         */
        private Set<FetchGroup> planFields(FetchGroup group, SubgraphSelection target, String type,
                                           List<SelectedField> fields, List<SelectedField> siblings,
                                           ResponsePath path, ProvidedFields provided) {
            return planFields(group, target, type, fields, siblings, path, provided, false, SubgraphSelection.Rank.OTHER);
        }

        /**
         * @param atRepresentation the position is the entity an {@code _entities} call answers, whose
         *                         representation carries the {@code @requires} fields
         */
        private Set<FetchGroup> planFields(FetchGroup group, SubgraphSelection target, String type,
                                           List<SelectedField> fields, List<SelectedField> siblings,
                                           ResponsePath path, ProvidedFields provided, boolean atRepresentation,
                                           SubgraphSelection.Rank rank) {
            Set<FetchGroup> used = new LinkedHashSet<>();
            List<SelectedField> remote = new ArrayList<>();
            for (SelectedField field : fields) {
                if (field.kind() != SelectedField.Kind.FIELD) {
                    continue;
                }
                if (field.name().equals("__typename")) {
                    target.typename();
                } else if (resolvesHere(group.graph, type, field.name(), provided)
                        || (atRepresentation && supergraph.graphsResolving(type, field.name()).contains(group.graph))) {
                    used.addAll(planLocal(group, target, type, field, path, provided, rank));
                } else {
                    remote.add(field);
                }
            }
            if (!remote.isEmpty()) {
                used.addAll(planRemote(group, target, type, remote, siblings, path, provided));
            }
            return used;
        }

        private boolean resolvesHere(String graph, String type, String field, ProvidedFields provided) {
            return (provided != null && provided.contains(type, field)) || supergraph.resolvesDirectly(graph, type, field);
        }

        private Set<FetchGroup> planLocal(FetchGroup group, SubgraphSelection target, String type, SelectedField field,
                                          ResponsePath path, ProvidedFields provided, SubgraphSelection.Rank rank) {
            SelectionSet selection = field.selection();
            SubgraphSelection sub = target.field(field.responseKey(), field.name(), field.arguments(), selection != null,
                    rank);
            if (selection == null) {
                return Set.of();
            }
            FieldInfo info = supergraph.field(type, field.name());
            ResponsePath childPath = path.plus(field.responseKey(), info.listDepth());
            ProvidedFields childProvided = provided != null ? provided.child(type, field.name())
                    : info.join(group.graph).flatMap(FieldJoin::provides).map(fs -> ProvidedFields.of(fs.selection()))
                    .orElse(null);
            String childType = info.namedType();
            Set<FetchGroup> used = new LinkedHashSet<>();
            if (supergraph.type(childType).isAbstract()) {
                sub.typename();
                String typeInGraph = supergraph.namedTypeInGraph(group.graph, type, field.name());
                for (String objectType : selection.types()) {
                    List<SelectedField> fields = selection.fields(objectType);
                    if (fields.stream().anyMatch(f -> f.kind() == SelectedField.Kind.FIELD)
                            && returnsInGraph(group.graph, typeInGraph, objectType)) {
                        used.addAll(planFields(group, sub.fragment(objectType), objectType, fields, fields, childPath,
                                childProvided, false, rank));
                    }
                }
            } else {
                List<SelectedField> fields = selection.fields(childType);
                used.addAll(planFields(group, sub, childType, fields, fields, childPath, childProvided, false, rank));
            }
            return used;
        }

        private boolean returnsInGraph(String graph, String declaredType, String objectType) {
            if (supergraph.type(declaredType).kind() == TypeInfo.Kind.OBJECT) {
                return declaredType.equals(objectType);
            }
            return supergraph.knowsType(graph, objectType)
                    && supergraph.isPossibleTypeInGraph(graph, declaredType, objectType);
        }

        /** Fields of an entity that {@code group}'s subgraph cannot resolve: one entity fetch per target subgraph. */
        private Set<FetchGroup> planRemote(FetchGroup group, SubgraphSelection target, String type,
                                           List<SelectedField> remote, List<SelectedField> siblings,
                                           ResponsePath path, ProvidedFields provided) {
            Set<FetchGroup> used = new LinkedHashSet<>();
            for (Map.Entry<String, List<SelectedField>> assignment : assign(group.graph, type, remote).entrySet()) {
                String graph = assignment.getKey();
                List<SelectedField> fields = assignment.getValue();
                Set<FetchGroup> inputs = new LinkedHashSet<>();
                inputs.add(group);

                EntityKey key = chooseKey(graph, type, group.graph, provided);
                List<SelectedField> keyFields = plumbingFields(type, key.fields().selection(), siblings);
                String resolution = type + "@" + graph;
                keyResolutions.add(resolution);
                try {
                    inputs.addAll(planFields(group, target, type, keyFields, siblings, path, provided, false,
                            SubgraphSelection.Rank.KEY));
                } finally {
                    keyResolutions.remove(resolution);
                }
                List<SelectedField> required = new ArrayList<>();
                for (SelectedField field : fields) {
                    supergraph.field(type, field.name()).join(graph).flatMap(FieldJoin::requires)
                            .ifPresent(fs -> required.addAll(plumbingFields(type, fs.selection(), siblings)));
                }
                if (!required.isEmpty()) {
                    inputs.addAll(planFields(group, target, type, required, siblings, path, provided));
                }
                target.typename();

                FetchGroup entityGroup = entityGroups.computeIfAbsent(new EntityGroupKey(graph, path, group.id),
                        k -> newGroup(graph, path, true));
                inputs.remove(entityGroup);
                entityGroup.dependencies.addAll(inputs);
                List<SelectedField> representation = new ArrayList<>();
                representation.add(SelectedField.plumbing("__typename", "__typename", null));
                representation.addAll(keyFields);
                representation.addAll(required);
                entityGroup.addRequires(type, PlumbingFields.merge(representation));
                used.addAll(inputs);
                used.add(entityGroup);
                used.addAll(planFields(entityGroup, entityGroup.selection.fragment(type), type, fields, siblings,
                        path, null, true, SubgraphSelection.Rank.OTHER));
            }
            return used;
        }

        /**
         * Chooses the subgraph for each field: one that already gets a fetch here if it can, else the one that can
         * resolve most of the fields, in supergraph order on a tie.
         */
        private Map<String, List<SelectedField>> assign(String from, String type, List<SelectedField> remote) {
            TypeInfo typeInfo = supergraph.type(type);
            Map<String, List<String>> candidatesByField = new LinkedHashMap<>();
            Map<String, Integer> coverage = new HashMap<>();
            for (SelectedField field : remote) {
                List<String> candidates = supergraph.graphsResolving(type, field.name()).stream()
                        .filter(typeInfo::isEntityIn)
                        .filter(g -> !keyResolutions.contains(type + "@" + g))
                        .toList();
                if (candidates.isEmpty()) {
                    throw new PlanningException("cannot resolve " + type + "." + field.name() + " from subgraph \""
                            + from + "\": no other subgraph resolves it through an entity key");
                }
                candidatesByField.put(field.responseKey(), candidates);
                candidates.forEach(g -> coverage.merge(g, 1, Integer::sum));
            }
            Map<String, List<SelectedField>> result = new LinkedHashMap<>();
            for (SelectedField field : remote) {
                List<String> candidates = candidatesByField.get(field.responseKey());
                String chosen = candidates.stream().filter(result::containsKey).findFirst().orElse(null);
                if (chosen == null) {
                    chosen = candidates.get(0);
                    for (String candidate : candidates) {
                        if (coverage.get(candidate) > coverage.get(chosen)) {
                            chosen = candidate;
                        }
                    }
                }
                result.computeIfAbsent(chosen, g -> new ArrayList<>()).add(field);
            }
            return result;
        }

        /** A resolvable key of the entity in {@code graph}, preferring one that {@code from} can provide itself. */
        private EntityKey chooseKey(String graph, String type, String from, ProvidedFields provided) {
            List<EntityKey> keys = supergraph.type(type).keys(graph).stream().filter(EntityKey::resolvable).toList();
            for (EntityKey key : keys) {
                if (canProvide(from, type, key.fields().selection(), provided)) {
                    return key;
                }
            }
            return keys.get(0);
        }

        private boolean canProvide(String graph, String type, graphql.language.SelectionSet fieldSet,
                                   ProvidedFields provided) {
            for (Selection<?> selection : fieldSet.getSelections()) {
                if (selection instanceof Field field) {
                    if (field.getName().equals("__typename")) {
                        continue;
                    }
                    if (!resolvesHere(graph, type, field.getName(), provided)) {
                        return false;
                    }
                    if (field.getSelectionSet() != null) {
                        FieldInfo info = supergraph.field(type, field.getName());
                        ProvidedFields childProvided = provided != null ? provided.child(type, field.getName())
                                : info.join(graph).flatMap(FieldJoin::provides)
                                .map(fs -> ProvidedFields.of(fs.selection())).orElse(null);
                        for (String objectType : supergraph.possibleTypes(info.namedType())) {
                            if (!canProvide(graph, objectType, field.getSelectionSet(), childProvided)) {
                                return false;
                            }
                        }
                    }
                } else if (selection instanceof InlineFragment fragment && (fragment.getTypeCondition() == null
                        || fragment.getTypeCondition().getName().equals(type))) {
                    if (!canProvide(graph, type, fragment.getSelectionSet(), provided)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private List<SelectedField> plumbingFields(String type, graphql.language.SelectionSet fieldSet,
                                                   List<SelectedField> siblings) {
            return new PlumbingFields(supergraph).of(type, fieldSet, siblings);
        }
    }
}
