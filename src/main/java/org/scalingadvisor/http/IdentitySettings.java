package org.scalingadvisor.http;

import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may use the service, as configured: API keys for machines ({@code advisor.api.keys}), an
 * OpenID Connect provider for people ({@code micronaut.security.oauth2.clients.*}), or neither (a
 * personal instance on loopback, unless {@code advisor.security.open} says otherwise).
 */
@Singleton
public final class IdentitySettings {

    private final boolean keys;
    private final String oidcClient;
    private final boolean open;
    private final URI publicUrl;
    private final String teamClaim;
    private final String rolesClaim;
    private final Set<String> auditorKeys;
    private final Set<String> operatorKeys;

    IdentitySettings(Environment environment) {
        this.keys = !environment.getProperty("advisor.api.keys", String.class, "").isBlank();
        this.oidcClient = oidcClient(environment);
        this.open = environment.getProperty("advisor.security.open", Boolean.class, false);
        String url = environment.getProperty("advisor.public-url", String.class, "").strip();
        this.publicUrl = url.isEmpty() ? null : publicUrl(url);
        this.teamClaim = environment.getProperty("advisor.identity.team-claim", String.class, "org");
        this.rolesClaim = environment.getProperty("advisor.identity.roles-claim", String.class, "roles");
        this.auditorKeys = names(environment.getProperty("advisor.api.auditors", String.class, ""));
        this.operatorKeys = names(environment.getProperty("advisor.api.operators", String.class, ""));
    }

    /** True when callers identify themselves (API keys or OpenID Connect); false on a personal instance. */
    public boolean identityConfigured() {
        return keys || oidcClient != null;
    }

    public boolean keysConfigured() {
        return keys;
    }

    /** The name of the OpenID Connect client people sign in with ({@code /oauth/login/{name}}), if one is configured. */
    public Optional<String> oidcClient() {
        return Optional.ofNullable(oidcClient);
    }

    /** {@code advisor.security.open}: serve every interface without identity (the operator's explicit choice). */
    public boolean open() {
        return open;
    }

    /** {@code advisor.public-url}: the origin people reach the service at, if configured. */
    @Nullable
    public URI publicUrl() {
        return publicUrl;
    }

    /** The id token claim naming the person's team or organisation (a string or a list of strings). */
    public String teamClaim() {
        return teamClaim;
    }

    /** The id token claim listing the person's roles ({@code auditor}, {@code operator}). */
    public String rolesClaim() {
        return rolesClaim;
    }

    public boolean auditorKey(String name) {
        return auditorKeys.contains(name);
    }

    public boolean operatorKey(String name) {
        return operatorKeys.contains(name);
    }

    private static String oidcClient(Environment environment) {
        for (String name : environment.getPropertyEntries("micronaut.security.oauth2.clients")) {
            if (environment.getProperty("micronaut.security.oauth2.clients." + name + ".enabled", Boolean.class, true)
                    && environment.containsProperty("micronaut.security.oauth2.clients." + name + ".openid.issuer")) {
                return name;
            }
        }
        return null;
    }

    private static URI publicUrl(String url) {
        URI uri = URI.create(url);
        if (uri.getScheme() == null || uri.getHost() == null
                || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("advisor.public-url must be an http or https URL such as https://advisor.example.org; it is '" + url + "'");
        }
        return uri;
    }

    private static Set<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
