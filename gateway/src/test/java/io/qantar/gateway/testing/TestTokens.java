package io.qantar.gateway.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/** A signing key pair made for one test run, and tokens signed with it as an identity provider would. */
public final class TestTokens {

    public static final String ISSUER = "qantar-test";
    public static final String AUDIENCE = "qantar";

    private final KeyPair keys;

    public TestTokens() {
        this(generate());
    }

    public TestTokens(KeyPair keys) {
        this.keys = keys;
    }

    /**
     * The key pair a Quarkus test resource published with {@link #publish()}: test resources and tests load
     * classes in different class loaders, so a static field would hold two different key pairs.
     */
    public static TestTokens published() {
        try {
            java.security.KeyFactory factory = java.security.KeyFactory.getInstance("RSA");
            Base64.Decoder base64 = Base64.getDecoder();
            return new TestTokens(new KeyPair(
                    factory.generatePublic(new java.security.spec.X509EncodedKeySpec(
                            base64.decode(System.getProperty("qantar.test.jwt-public")))),
                    factory.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(
                            base64.decode(System.getProperty("qantar.test.jwt-private"))))));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public void publish() {
        System.setProperty("qantar.test.jwt-public", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        System.setProperty("qantar.test.jwt-private",
                Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public KeyPair keys() {
        return keys;
    }

    /** The public key as a PEM file, for mp.jwt.verify.publickey.location. */
    public Path writePublicKey() {
        try {
            Path file = Files.createTempFile("jwt-public", ".pem");
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(file, pem);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Claims of a valid token for a subject with the given space-separated scopes (none when empty). */
    public static JwtClaimsBuilder claims(String subject, String scope) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER).audience(Set.of(AUDIENCE)).subject(subject)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
        return scope.isEmpty() ? claims : claims.claim("scope", scope);
    }

    public String token(String subject, String scope) {
        return sign(claims(subject, scope));
    }

    public String sign(JwtClaimsBuilder claims) {
        return claims.jws().sign(keys.getPrivate());
    }

    /** The same claims, unsigned ({@code alg: none}). */
    public static String unsigned(String subject, String scope) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\""
                + subject + "\",\"scope\":\"" + scope + "\",\"iat\":" + now + ",\"exp\":" + (now + 600) + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }
}
