package org.mplp.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.nio.charset.StandardCharsets;
import org.mplp.server.login.Provisioning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /provisioning/accounts}: a new account with a random password, as a
 * provisioned-account document with status 201 (REQ-PROVISION-001). The password work runs on the
 * store thread; the connection reads nothing more until the answer is out, so that answers keep the
 * order of requests.
 */
final class ProvisioningEndpoint {

  static final String PATH = "/provisioning/accounts";

  private static final Logger LOG = LoggerFactory.getLogger(ProvisioningEndpoint.class);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Provisioning provisioning;

  ProvisioningEndpoint(Provisioning provisioning) {
    this.provisioning = provisioning;
  }

  void serve(ChannelHandlerContext ctx, FullHttpRequest request) {
    // The request is released when this returns; the answer needs its method and headers only.
    HttpRequest head =
        new DefaultHttpRequest(
            request.protocolVersion(), request.method(), request.uri(), request.headers().copy());
    ctx.channel().config().setAutoRead(false);
    provisioning.createAccount(
        ctx.executor(),
        (account, failure) -> {
          ctx.channel().config().setAutoRead(true);
          if (failure != null) {
            LOG.warn("provisioning an account failed", failure);
            HttpResponses.send(
                ctx,
                head,
                HttpResponses.text(
                    HttpResponseStatus.INTERNAL_SERVER_ERROR, "the account could not be created"),
                false);
            return;
          }
          ObjectNode body = MAPPER.createObjectNode();
          body.put("account", account.account());
          body.put("password", account.password());
          var response =
              HttpResponses.response(
                  HttpResponseStatus.CREATED,
                  HttpResponses.APPLICATION_JSON,
                  body.toString().getBytes(StandardCharsets.UTF_8));
          // A password is in the body: no cache may keep it.
          response.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE);
          HttpResponses.send(ctx, head, response, false);
        });
  }
}
