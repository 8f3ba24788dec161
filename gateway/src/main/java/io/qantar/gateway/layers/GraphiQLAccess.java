package io.qantar.gateway.layers;

/**
 * Who may load the GraphiQL page ({@code qantar.gateway.exposure.graphiql}). With {@code scope:<scope>} the page
 * request itself must carry a bearer token holding the scope; a browser sends none by itself, so that setting
 * suits a proxy that adds the header. A page refused is answered 404, as if there were none.
 */
public final class GraphiQLAccess {

    private final Exposure exposure;
    private final AuthenticationLayer authentication;

    public GraphiQLAccess(Exposure exposure, AuthenticationLayer authentication) {
        this.exposure = exposure;
        this.authentication = authentication;
    }

    public boolean allows(LayerRequest request) {
        if (exposure.mode() != Exposure.Mode.SCOPE) {
            return exposure.allows(Caller.ANONYMOUS);
        }
        try {
            authentication.beforeBody(request);
        } catch (LayerRefusal refused) {
            return false;
        }
        return exposure.allows(request.caller());
    }
}
