package org.mplp.bench.xmpp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One XMPP client stream: opens, authenticates with SASL PLAIN (loopback, no TLS), restarts, binds
 * a resource, then hands the id of every received message to its consumer. Stanzas are found by
 * their end tags, which is enough for the chat messages of the bench and no more.
 */
public final class XmppConnection extends ChannelInboundHandlerAdapter {

  private enum State {
    FEATURES,
    AUTH,
    BOUND_FEATURES,
    BIND,
    READY
  }

  private final String domain;
  private final String user;
  private final String password;
  private final String resource;
  private final Consumer<String> messageIds;
  private final CompletableFuture<XmppConnection> ready = new CompletableFuture<>();
  private final StringBuilder input = new StringBuilder();
  private State state = State.FEATURES;
  private Channel channel;

  XmppConnection(
      String domain, String user, String password, String resource, Consumer<String> messageIds) {
    this.domain = domain;
    this.user = user;
    this.password = password;
    this.resource = resource;
    this.messageIds = messageIds;
  }

  public CompletableFuture<XmppConnection> ready() {
    return ready;
  }

  public Channel channel() {
    return channel;
  }

  public String fullJid() {
    return user + "@" + domain + "/" + resource;
  }

  public void sendMessage(String to, String id) {
    write("<message to='" + to + "' id='" + id + "' type='chat'><body>" + id + "</body></message>");
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    channel = ctx.channel();
    openStream();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    ByteBuf buf = (ByteBuf) msg;
    try {
      input.append(buf.toString(StandardCharsets.UTF_8));
    } finally {
      buf.release();
    }
    switch (state) {
      case FEATURES -> {
        if (consumeThrough("</stream:features>")) {
          String auth = "\0" + user + "\0" + password;
          state = State.AUTH;
          write(
              "<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>"
                  + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8))
                  + "</auth>");
        }
      }
      case AUTH -> {
        if (input.indexOf("<failure") >= 0) {
          fail("SASL failure: " + input);
        } else if (consumeThrough("/>") || consumeThrough("</success>")) {
          state = State.BOUND_FEATURES;
          openStream();
        }
      }
      case BOUND_FEATURES -> {
        if (consumeThrough("</stream:features>")) {
          state = State.BIND;
          write(
              "<iq type='set' id='bind'><bind xmlns='urn:ietf:params:xml:ns:xmpp-bind'><resource>"
                  + resource
                  + "</resource></bind></iq>");
        }
      }
      case BIND -> {
        if (consumeThrough("</iq>")) {
          state = State.READY;
          ready.complete(this);
        }
      }
      case READY -> readMessages();
      default -> {}
    }
  }

  private void readMessages() {
    int end;
    while ((end = input.indexOf("</message>")) >= 0) {
      int start = input.lastIndexOf("<message", end);
      String id = attribute(input, start, end, "id");
      if (id != null) {
        messageIds.accept(id);
      }
      input.delete(0, end + "</message>".length());
    }
    if (input.length() > 0 && input.indexOf("<message") < 0) {
      input.setLength(0);
    }
  }

  static String attribute(CharSequence text, int from, int to, String name) {
    String stanza = text.subSequence(Math.max(0, from), to).toString();
    int tagEnd = stanza.indexOf('>');
    String tag = tagEnd < 0 ? stanza : stanza.substring(0, tagEnd);
    for (char quote : new char[] {'\'', '"'}) {
      int at = tag.indexOf(" " + name + "=" + quote);
      if (at >= 0) {
        int valueStart = at + name.length() + 3;
        int valueEnd = tag.indexOf(quote, valueStart);
        return valueEnd < 0 ? null : tag.substring(valueStart, valueEnd);
      }
    }
    return null;
  }

  private boolean consumeThrough(String marker) {
    int at = input.indexOf(marker);
    if (at < 0) {
      return false;
    }
    input.delete(0, at + marker.length());
    return true;
  }

  private void openStream() {
    write(
        "<?xml version='1.0'?><stream:stream to='"
            + domain
            + "' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'"
            + " version='1.0'>");
  }

  private void write(String text) {
    channel.writeAndFlush(Unpooled.copiedBuffer(text, StandardCharsets.UTF_8));
  }

  private void fail(String reason) {
    ready.completeExceptionally(new IllegalStateException(reason));
    channel.close();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    ready.completeExceptionally(new IllegalStateException("closed in state " + state));
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    fail(cause.toString());
  }
}
