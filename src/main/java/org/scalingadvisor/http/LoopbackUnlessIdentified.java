package org.scalingadvisor.http;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Secure by default, as Redis's protected mode: with no identity configured (no API keys, no
 * OpenID Connect provider) the service is a personal instance and listens on loopback only. An
 * explicit non-loopback {@code micronaut.server.host} then stops start-up rather than serving
 * everyone's plans to the network; {@code advisor.security.open: true} opts out, with a warning.
 */
@Singleton
final class LoopbackUnlessIdentified implements BeanCreatedEventListener<NettyHttpServerConfiguration> {

    static final String LOOPBACK = "127.0.0.1";
    private static final Logger LOG = LoggerFactory.getLogger(LoopbackUnlessIdentified.class);

    private final IdentitySettings identity;

    LoopbackUnlessIdentified(IdentitySettings identity) {
        this.identity = identity;
    }

    @Override
    public NettyHttpServerConfiguration onCreated(BeanCreatedEvent<NettyHttpServerConfiguration> event) {
        NettyHttpServerConfiguration server = event.getBean();
        if (identity.identityConfigured() || identity.open()) {
            return server;
        }
        String host = server.getHost().orElse(null);
        if (host == null || host.isBlank()) {
            server.setHost(LOOPBACK);
        } else if (!loopback(host)) {
            throw new IllegalStateException("micronaut.server.host is " + host + ", which is not loopback, and no identity is configured:"
                    + " configure OpenID Connect (micronaut.security.oauth2.clients) or API keys (advisor.api.keys),"
                    + " or set advisor.security.open: true to serve every caller as one local user");
        }
        return server;
    }

    /** The start-up line says who may reach the service. */
    @EventListener
    void started(ServerStartupEvent event) {
        String where = event.getSource().getHost() + ":" + event.getSource().getPort();
        if (identity.identityConfigured()) {
            LOG.info("Listening on {}: callers identify themselves with {}", where,
                    identity.oidcClient().map(c -> "OpenID Connect (" + c + ")" + (identity.keysConfigured() ? " and API keys" : ""))
                            .orElse("API keys"));
        } else if (identity.open()) {
            LOG.warn("Listening on {} with advisor.security.open: true and no identity configured: anyone who can reach this port"
                    + " reads, changes and deletes every plan as the one local user", where);
        } else {
            LOG.info("Listening on {} only (loopback): no identity is configured, so this is a personal instance; configure"
                    + " OpenID Connect or API keys to serve other interfaces", where);
        }
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
