package io.qantar.common.security;

/** The {@code extensions.code} values of a refused caller, in Apollo's vocabulary. */
public final class AuthCodes {

    /** No token where one is needed, or a token that cannot be trusted (bad signature, expired, wrong issuer...). */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** A valid token that lacks the scopes the schema asks for. */
    public static final String FORBIDDEN = "FORBIDDEN";

    private AuthCodes() {
    }
}
