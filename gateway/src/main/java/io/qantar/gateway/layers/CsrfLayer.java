package io.qantar.gateway.layers;

import io.qantar.gateway.error.ErrorCodes;
import io.qantar.gateway.error.GraphQLError;
import io.vertx.core.http.HttpMethod;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery protection, Apollo Server's and Router's rule. A browser sends a "simple" request
 * (a GET, or a POST whose content type is text/plain, a form or missing) to any origin without asking first, and
 * a page on another site could make a logged-in user's browser run a mutation that way. A request is let through
 * only when the browser would have had to ask first (a CORS preflight, which CORS then answers): its content type
 * is not a simple one, or it carries one of the required headers with a value. Otherwise it is refused with 400
 * before its body is read.
 */
public final class CsrfLayer implements Layer {

    /** Content types a browser may POST cross-site without a preflight. */
    static final Set<String> SIMPLE_CONTENT_TYPES = Set.of("text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data");
    /** Apollo's default required headers. */
    public static final List<String> DEFAULT_REQUIRED_HEADERS = List.of("x-apollo-operation-name",
            "apollo-require-preflight");

    private final List<String> requiredHeaders;
    private final String message;

    public CsrfLayer(List<String> requiredHeaders) {
        this.requiredHeaders = List.copyOf(requiredHeaders);
        this.message = "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please "
                + "either specify a 'content-type' header (with a type that is not one of "
                + String.join(", ", SIMPLE_CONTENT_TYPES.stream().sorted().toList())
                + ") or provide a non-empty value for one of the following headers: "
                + String.join(", ", this.requiredHeaders);
    }

    @Override
    public void beforeBody(LayerRequest request) {
        if (request.method() == HttpMethod.POST && !isSimple(request.header("Content-Type"))) {
            return;
        }
        for (String name : requiredHeaders) {
            String value = request.header(name);
            if (value != null && !value.isBlank()) {
                return;
            }
        }
        throw new LayerRefusal(400, GraphQLError.of(message, ErrorCodes.BAD_REQUEST));
    }

    /** Whether a browser may send this content type cross-site without a preflight (a missing one may be). */
    static boolean isSimple(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        int semicolon = contentType.indexOf(';');
        String mime = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
                .toLowerCase(Locale.ROOT);
        return SIMPLE_CONTENT_TYPES.contains(mime);
    }
}
