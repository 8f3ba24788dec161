package io.qantar.gateway.plan;

/** Prints a plan in the text format of Apollo's {@code prettyFormatQueryPlan}. */
final class QueryPlanPrinter {

    private QueryPlanPrinter() {
    }

    static String print(QueryPlan plan) {
        if (plan.root() == null) {
            return "QueryPlan {}";
        }
        StringBuilder out = new StringBuilder("QueryPlan {\n");
        node(out, plan.root(), "  ");
        return out.append('}').toString();
    }

    private static void node(StringBuilder out, PlanNode node, String indent) {
        if (node instanceof SequenceNode sequence) {
            out.append(indent).append("Sequence {\n");
            sequence.nodes().forEach(child -> node(out, child, indent + "  "));
            out.append(indent).append("},\n");
        } else if (node instanceof ParallelNode parallel) {
            out.append(indent).append("Parallel {\n");
            parallel.nodes().forEach(child -> node(out, child, indent + "  "));
            out.append(indent).append("},\n");
        } else if (node instanceof FlattenNode flatten) {
            out.append(indent).append("Flatten(path: \"").append(flatten.path()).append("\") {\n");
            node(out, flatten.fetch(), indent + "  ");
            out.append(indent).append("},\n");
        } else {
            FetchNode fetch = (FetchNode) node;
            out.append(indent).append("Fetch(service: \"").append(fetch.subgraph()).append("\") {\n");
            String inner = indent + "  ";
            if (fetch.requiresText() != null) {
                indented(out, fetch.requiresText(), inner);
                out.append(" =>\n");
            }
            indented(out, fetch.selectionText(), inner);
            out.append('\n').append(indent).append("},\n");
        }
    }

    private static void indented(StringBuilder out, String text, String indent) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(indent).append(lines[i]);
        }
    }
}
