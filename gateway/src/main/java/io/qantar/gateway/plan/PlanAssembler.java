package io.qantar.gateway.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Arranges planned fetch groups into a tree of sequence and parallel nodes. When every fetch waits for exactly
 * one other (after dropping dependencies implied by others), the plan follows the dependency tree, so that each
 * branch proceeds as soon as its own parent is done. Otherwise it runs in steps: each step in parallel, after
 * every fetch of the step before.
 */
final class PlanAssembler {

    private final List<FetchGroup> groups;
    private final List<FetchGroup> roots;
    private final Map<FetchGroup, FetchNode> fetches;
    private final Map<FetchGroup, Set<FetchGroup>> dependencies = new HashMap<>();
    private final Map<FetchGroup, List<FetchGroup>> children = new LinkedHashMap<>();

    PlanAssembler(List<FetchGroup> groups, List<FetchGroup> roots, Map<FetchGroup, FetchNode> fetches) {
        this.groups = groups;
        this.roots = roots;
        this.fetches = fetches;
    }

    PlanNode assemble(boolean mutation) {
        if (groups.isEmpty()) {
            return null;
        }
        boolean tree = true;
        for (FetchGroup group : groups) {
            Set<FetchGroup> direct = reduced(group);
            dependencies.put(group, direct);
            if (!roots.contains(group) && direct.size() != 1) {
                tree = false;
            }
            for (FetchGroup dependency : direct) {
                children.computeIfAbsent(dependency, d -> new ArrayList<>()).add(group);
            }
        }
        if (!tree && !mutation) {
            return steps(groups);
        }
        List<PlanNode> branches = new ArrayList<>();
        for (FetchGroup root : roots) {
            branches.add(tree ? subtree(root) : steps(closure(root)));
        }
        // A mutation's root fields run one after the other, each with what depends on it.
        return mutation ? sequence(branches) : parallel(branches);
    }

    /** The group's dependencies minus those another of its dependencies already waits for. */
    private static Set<FetchGroup> reduced(FetchGroup group) {
        Set<FetchGroup> result = new LinkedHashSet<>();
        for (FetchGroup candidate : group.dependencies) {
            boolean implied = false;
            for (FetchGroup other : group.dependencies) {
                if (other != candidate && other.dependsOn(candidate)) {
                    implied = true;
                    break;
                }
            }
            if (!implied) {
                result.add(candidate);
            }
        }
        return result;
    }

    private PlanNode subtree(FetchGroup group) {
        List<FetchGroup> next = children.getOrDefault(group, List.of());
        if (next.isEmpty()) {
            return leaf(group);
        }
        List<PlanNode> branches = new ArrayList<>();
        next.forEach(child -> branches.add(subtree(child)));
        return sequence(List.of(leaf(group), parallel(branches)));
    }

    private List<FetchGroup> closure(FetchGroup root) {
        List<FetchGroup> result = new ArrayList<>();
        for (FetchGroup group : groups) {
            if (group == root || group.dependsOn(root)) {
                result.add(group);
            }
        }
        return result;
    }

    private PlanNode steps(List<FetchGroup> members) {
        Map<FetchGroup, Integer> levels = new HashMap<>();
        TreeMap<Integer, List<PlanNode>> byLevel = new TreeMap<>();
        for (FetchGroup group : members) {
            byLevel.computeIfAbsent(level(group, levels), l -> new ArrayList<>()).add(leaf(group));
        }
        List<PlanNode> steps = new ArrayList<>();
        byLevel.values().forEach(nodes -> steps.add(parallel(nodes)));
        return sequence(steps);
    }

    private int level(FetchGroup group, Map<FetchGroup, Integer> levels) {
        Integer known = levels.get(group);
        if (known != null) {
            return known;
        }
        int level = 0;
        for (FetchGroup dependency : dependencies.get(group)) {
            level = Math.max(level, level(dependency, levels) + 1);
        }
        levels.put(group, level);
        return level;
    }

    private PlanNode leaf(FetchGroup group) {
        FetchNode fetch = fetches.get(group);
        return group.entity ? new FlattenNode(group.path, fetch) : fetch;
    }

    private static PlanNode sequence(List<PlanNode> nodes) {
        List<PlanNode> flat = new ArrayList<>();
        for (PlanNode node : nodes) {
            if (node instanceof SequenceNode sequence) {
                flat.addAll(sequence.nodes());
            } else {
                flat.add(node);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new SequenceNode(flat);
    }

    private static PlanNode parallel(List<PlanNode> nodes) {
        List<PlanNode> flat = new ArrayList<>();
        for (PlanNode node : nodes) {
            if (node instanceof ParallelNode parallel) {
                flat.addAll(parallel.nodes());
            } else {
                flat.add(node);
            }
        }
        return flat.size() == 1 ? flat.get(0) : new ParallelNode(flat);
    }
}
