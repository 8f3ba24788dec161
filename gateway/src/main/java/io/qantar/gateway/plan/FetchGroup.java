package io.qantar.gateway.plan;

import io.qantar.gateway.operation.SelectedField;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A fetch while it is being planned: the selection and dependencies grow as planning walks the operation. */
final class FetchGroup {

    final int id;
    final String graph;
    final ResponsePath path;
    final boolean entity;
    final SubgraphSelection selection = new SubgraphSelection();
    /** For an entity fetch: per type, the fields each representation carries. */
    final Map<String, List<SelectedField>> requiresByType = new LinkedHashMap<>();
    final Set<FetchGroup> dependencies = new LinkedHashSet<>();

    FetchGroup(int id, String graph, ResponsePath path, boolean entity) {
        this.id = id;
        this.graph = graph;
        this.path = path;
        this.entity = entity;
    }

    void addRequires(String type, List<SelectedField> fields) {
        requiresByType.merge(type, fields, (existing, added) -> {
            List<SelectedField> merged = new ArrayList<>(existing);
            merged.addAll(added);
            return PlumbingFields.merge(merged);
        });
    }

    /** Whether this group waits, directly or not, for {@code other}. */
    boolean dependsOn(FetchGroup other) {
        for (FetchGroup dependency : dependencies) {
            if (dependency == other || dependency.dependsOn(other)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return graph + "#" + id + (entity ? "@" + path : "");
    }
}
