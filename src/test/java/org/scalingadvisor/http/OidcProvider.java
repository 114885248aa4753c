package org.scalingadvisor.http;

import no.nav.security.mock.oauth2.MockOAuth2Server;

import java.util.HashMap;
import java.util.Map;

/** A real OpenID Connect provider for tests (mock-oauth2-server), with the client settings the service needs to use it. */
public final class OidcProvider implements AutoCloseable {

    public static final String ISSUER = "test";
    public static final String CLIENT_ID = "scaling-advisor";
    public static final String CLIENT = "advisor";

    private final MockOAuth2Server server;

    public OidcProvider(MockOAuth2Server server) {
        this.server = server;
        server.start();
    }

    public OidcProvider() {
        this(new MockOAuth2Server());
    }

    public MockOAuth2Server server() {
        return server;
    }

    /** The service's settings for signing people in with this provider. */
    public Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        String prefix = "micronaut.security.oauth2.clients." + CLIENT + ".";
        settings.put(prefix + "openid.issuer", server.issuerUrl(ISSUER).toString());
        settings.put(prefix + "client-id", CLIENT_ID);
        settings.put(prefix + "client-secret", "a-client-secret");
        return settings;
    }

    /** An id token for the person, as the provider signs it after they sign in, with the extra claims given. */
    public String idToken(String subject, Map<String, Object> claims) {
        return server.issueToken(ISSUER, subject, CLIENT_ID, claims).serialize();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
