package org.scalingadvisor.http;

import io.micronaut.core.annotation.Nullable;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Optional;

/**
 * Tells {@link BodyGuard} whose body is arriving, from the request head alone: a valid API key (hashed
 * and compared in memory, as {@link ApiKeys} does) names a keyed client; anything else is its remote address.
 */
@Singleton
final class BodyClients {

    @Nullable
    private final ApiKeys keys;

    BodyClients(Optional<ApiKeys> keys) {
        this.keys = keys.orElse(null);
    }

    boolean keysConfigured() {
        return keys != null;
    }

    BodyClient of(HttpRequest request, Channel channel) {
        String key = keys == null ? null : keys.nameFor(request.headers().get(HttpHeaderNames.AUTHORIZATION));
        if (key != null) {
            return new BodyClient("key:" + key, true);
        }
        SocketAddress remote = channel.remoteAddress();
        String address = remote instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(remote);
        return new BodyClient("address:" + address, false);
    }
}
