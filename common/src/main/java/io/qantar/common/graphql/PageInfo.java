package io.qantar.common.graphql;

import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Relay's page information; every subgraph publishes the same type, hence shareable. */
@Shareable
@Description("Where a page of a connection stands in the whole list.")
public class PageInfo {

    @NonNull
    @Description("Whether more items follow this page.")
    public boolean hasNextPage;

    @NonNull
    @Description("Whether items come before this page.")
    public boolean hasPreviousPage;

    @Description("Cursor of the first item of this page; null when the page is empty.")
    public String startCursor;

    @Description("Cursor of the last item of this page; pass it as `after` to get the next page. Null when the page is empty.")
    public String endCursor;

    public PageInfo() {
    }

    public PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
        this.hasNextPage = hasNextPage;
        this.hasPreviousPage = hasPreviousPage;
        this.startCursor = startCursor;
        this.endCursor = endCursor;
    }
}
