package org.scalingadvisor.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import io.netty.util.concurrent.ScheduledFuture;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * Sits in each HTTP/1.1 connection between the decoder and Micronaut and bounds what a client
 * can make the server hold:
 * <ul>
 *   <li>a request body must arrive whole within the body timeout, or the connection gets 408 and is closed;</li>
 *   <li>bodies in flight are capped: a request that would go over its pool gets 503 before any of its body
 *       is buffered. Small bodies (declared at most {@link BodyBudget#smallBytes()}) have their own pool, so
 *       slow large uploads cannot crowd out ordinary plans. The large pool is shared per client
 *       ({@link BodyClients}), so anonymous callers cannot starve keyed ones;</li>
 *   <li>an over-long request line gets 414 and over-long headers 431, instead of a misleading 413.</li>
 * </ul>
 */
final class BodyGuard extends ChannelDuplexHandler {

    static final String NAME = "advisor-body-guard";

    private final BodyBudget budget;
    private final BodyClients clients;
    private BodyBudget.Ticket ticket;
    private ScheduledFuture<?> deadline;
    private boolean dropping;

    BodyGuard(BodyBudget budget, BodyClients clients) {
        this.budget = budget;
        this.clients = clients;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (dropping) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpRequest request) {
            if (request.decoderResult().isFailure()) {
                Throwable cause = request.decoderResult().cause();
                if (cause instanceof TooLongHttpLineException) {
                    reject(ctx, msg, 414, "uri_too_long", "URI Too Long",
                            "The request line is longer than the server accepts; send the plan in the body, not the URI.");
                    return;
                }
                if (cause instanceof TooLongHttpHeaderException) {
                    reject(ctx, msg, 431, "headers_too_large", "Request Header Fields Too Large",
                            "The request headers are larger than the server accepts.");
                    return;
                }
            }
            boolean hasBody = !(msg instanceof LastHttpContent)
                    && (HttpUtil.isTransferEncodingChunked(request) || HttpUtil.getContentLength(request, 0L) > 0);
            if (hasBody) {
                long declared = HttpUtil.isTransferEncodingChunked(request) ? -1 : HttpUtil.getContentLength(request, -1L);
                ticket = budget.take(clients.of(request, ctx.channel()), declared);
                if (ticket == null) {
                    reject(ctx, msg, 503, "server_busy", "Service Unavailable",
                            "Too many request bodies are arriving at once; try again shortly.");
                    return;
                }
                deadline = ctx.executor().schedule(() -> timeout(ctx), budget.bodyTimeoutMillis(), TimeUnit.MILLISECONDS);
            }
        } else if (msg instanceof LastHttpContent) {
            finishBody();
        } else if (msg instanceof HttpContent content && ticket != null && !ticket.fits(content.content().readableBytes())) {
            reject(ctx, msg, 503, "server_busy", "Service Unavailable",
                    "Too many request bodies are arriving at once; try again shortly.");
            return;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        finishBody();
        super.channelInactive(ctx);
    }

    private void timeout(ChannelHandlerContext ctx) {
        if (ticket != null && ctx.channel().isActive()) {
            dropping = true;
            finishBody();
            respond(ctx, 408, "body_timeout", "Request Timeout", "The request body did not arrive within "
                    + budget.bodyTimeoutMillis() / 1000 + " s; the connection is closed.");
        }
    }

    private void finishBody() {
        if (deadline != null) {
            deadline.cancel(false);
            deadline = null;
        }
        if (ticket != null) {
            ticket.release();
            ticket = null;
        }
    }

    private void reject(ChannelHandlerContext ctx, Object msg, int status, String code, String title, String detail) {
        ReferenceCountUtil.release(msg);
        dropping = true;
        finishBody();
        respond(ctx, status, code, title, detail);
    }

    private static void respond(ChannelHandlerContext ctx, int status, String code, String title, String detail) {
        String json = "{\"type\":\"" + Problem.typeOf(code) + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\",\"errors\":[]}";
        ByteBuf body = Unpooled.copiedBuffer(json, StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(status), body);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .set(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes())
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
                .set("X-Content-Type-Options", "nosniff");
        if (status == 503) {
            response.headers().set(HttpHeaderNames.RETRY_AFTER, "1");
        }
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
}
