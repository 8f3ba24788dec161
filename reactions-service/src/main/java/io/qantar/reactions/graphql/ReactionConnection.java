package io.qantar.reactions.graphql;

import io.qantar.common.graphql.PageInfo;
import io.qantar.common.graphql.PageRequest;
import io.qantar.reactions.service.ReactionPage;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of reactions.")
public final class ReactionConnection {

    private final List<ReactionEdge> edges;
    private final PageInfo pageInfo;
    private final int totalCount;

    public ReactionConnection(List<ReactionEdge> edges, PageInfo pageInfo, int totalCount) {
        this.edges = List.copyOf(edges);
        this.pageInfo = pageInfo;
        this.totalCount = totalCount;
    }

    /** The page as a connection; each cursor is the reaction's position in the whole ordered list. */
    public static ReactionConnection of(ReactionPage page, PageRequest request) {
        List<ReactionEdge> edges = new ArrayList<>(page.reactions().size());
        for (int i = 0; i < page.reactions().size(); i++) {
            edges.add(new ReactionEdge(PageRequest.cursor(request.offset() + i), ReactionView.of(page.reactions().get(i))));
        }
        return new ReactionConnection(edges, request.pageInfo(edges.size(), page.total()), Math.toIntExact(page.total()));
    }

    @NonNull
    @Description("The reactions of this page, in the requested order.")
    public List<@NonNull ReactionEdge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Where this page stands in the whole list.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @NonNull
    @Description("How many reactions match the filter, on all pages.")
    public int getTotalCount() {
        return totalCount;
    }
}
