package io.qantar.common.testing;

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
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The signing key of this test JVM and the tokens signed with it: an RSA key pair made once, its public half in a
 * temporary PEM file that the services under test trust ({@link TestKeysConfigSource} for a service inside the
 * test JVM, {@link #serviceConfig()} for a packaged one), and tokens for an editor, a reader and the tokens a
 * service must refuse.
 */
public final class TestTokens {

    public static final String ISSUER = "qantar-local";
    public static final String AUDIENCE = "qantar";
    public static final String EDIT = "qantar:edit";
    public static final String RETIRE = "qantar:retire";
    public static final String EDITOR_SUBJECT = "editor@example.org";

    private static final KeyPair KEYS = generate();
    private static final KeyPair STRANGER = generate();
    private static final Path PUBLIC_KEY = writePublicKey(KEYS);

    private TestTokens() {
    }

    /** The PEM file of the public key, for {@code mp.jwt.verify.publickey.location}. */
    public static Path publicKeyFile() {
        return PUBLIC_KEY;
    }

    /** The configuration that makes a service trust this JVM's tokens. */
    public static Map<String, String> serviceConfig() {
        return Map.of(
                "mp.jwt.verify.publickey.location", PUBLIC_KEY.toString(),
                "mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.audiences", AUDIENCE);
    }

    /** An editor's token: it may create, update and retire. */
    public static String editor() {
        return token(EDITOR_SUBJECT, EDIT + " " + RETIRE);
    }

    /** A token of a known reader: valid, but without any write scope. */
    public static String reader() {
        return token("reader@example.org", "qantar:read");
    }

    /** A valid token for {@code subject} granting {@code scopes} (space-separated). */
    public static String token(String subject, String scopes) {
        return sign(claims -> claims.subject(subject).claim("scope", scopes), KEYS.getPrivate());
    }

    /** The refused tokens, by what is wrong with them. */
    public static Map<String, String> refused() {
        return Map.of(
                "expired", sign(claims -> claims.issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(600)), KEYS.getPrivate()),
                "wrong issuer", sign(claims -> claims.issuer("someone-else"), KEYS.getPrivate()),
                "wrong audience", sign(claims -> claims.audience("another-service"), KEYS.getPrivate()),
                "bad signature", sign(UnaryOperator.identity(), STRANGER.getPrivate()),
                "alg none", unsigned(),
                "not a token", "not-a-token");
    }

    private static String sign(UnaryOperator<JwtClaimsBuilder> adjust, PrivateKey key) {
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(EDITOR_SUBJECT)
                .claim("scope", EDIT + " " + RETIRE)
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(900));
        return adjust.apply(claims).jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(key);
    }

    /** An editor's claims under {@code "alg": "none"}, with no signature. */
    private static String unsigned() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String payload = "{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + EDITOR_SUBJECT
                + "\",\"scope\":\"" + EDIT + " " + RETIRE + "\",\"iat\":" + now + ",\"exp\":" + (now + 900) + "}";
        return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".";
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKey(KeyPair keys) {
        try {
            Path file = Files.createTempFile("qantar-test-jwt-", ".pem");
            file.toFile().deleteOnExit();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(file, pem);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
