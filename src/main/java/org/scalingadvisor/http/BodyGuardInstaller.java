package org.scalingadvisor.http;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import jakarta.inject.Singleton;

/** Puts a {@link BodyGuard} into every HTTP/1.1 connection, just before Micronaut's own handler. */
@Singleton
final class BodyGuardInstaller implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private final BodyBudget budget;
    private final BodyClients clients;

    BodyGuardInstaller(BodyBudget budget, BodyClients clients) {
        this.budget = budget;
        this.clients = clients;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new Customizer(null));
        return event.getBean();
    }

    private final class Customizer implements NettyServerCustomizer {

        private final Channel channel;

        Customizer(Channel channel) {
            this.channel = channel;
        }

        @Override
        public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
            return role == ChannelRole.CONNECTION ? new Customizer(channel) : this;
        }

        @Override
        public void onStreamPipelineBuilt() {
            if (channel != null && channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND) != null
                    && channel.pipeline().get(BodyGuard.NAME) == null) {
                channel.pipeline().addBefore(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, BodyGuard.NAME,
                        new BodyGuard(budget, clients));
            }
        }
    }
}
