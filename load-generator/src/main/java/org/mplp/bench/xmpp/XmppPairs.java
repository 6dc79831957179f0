package org.mplp.bench.xmpp;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.mplp.bench.client.SourceAddresses;
import org.mplp.bench.client.Transport;
import org.mplp.bench.scenario.MessageLoad;
import org.mplp.bench.scenario.PairLink;

/**
 * The XMPP counterpart of the MPLP pairs: account {@code user<i>} on two resources, {@code a}
 * sending to the full JID of {@code b}.
 */
public final class XmppPairs {

  private final List<XmppConnection> connections = new ArrayList<>();
  private final List<PairLink> links = new ArrayList<>();
  private volatile MessageLoad load;

  public List<PairLink> links() {
    return links;
  }

  public void attach(MessageLoad messageLoad) {
    this.load = messageLoad;
  }

  private static final int PAIRS_PER_BATCH = 50;

  public static XmppPairs connect(
      EventLoopGroup group, int port, int pairs, SourceAddresses sources) throws Exception {
    XmppPairs result = new XmppPairs();
    Bootstrap bootstrap =
        new Bootstrap()
            .group(group)
            .channel(Transport.best().channelClass())
            .option(ChannelOption.TCP_NODELAY, true);
    // Sessions log in a batch at a time, as a fleet of devices would ramp up: opening a thousand
    // at once made ejabberd close some of them while their resources were being bound.
    int index = 0;
    for (int first = 1; first <= pairs; first += PAIRS_PER_BATCH) {
      List<CompletableFuture<XmppConnection>> pending = new ArrayList<>();
      for (int i = first; i < first + PAIRS_PER_BATCH && i <= pairs; i++) {
        XmppConnection sender = result.open(bootstrap, port, sources, index++, i, "a");
        XmppConnection recipient = result.open(bootstrap, port, sources, index++, i, "b");
        pending.add(sender.ready());
        pending.add(recipient.ready());
        result.links.add(new Link(sender, recipient.fullJid()));
      }
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }
    return result;
  }

  private XmppConnection open(
      Bootstrap bootstrap,
      int port,
      SourceAddresses sources,
      int index,
      int account,
      String resource) {
    XmppConnection connection =
        new XmppConnection(
            ProsodyServer.DOMAIN,
            ProsodyServer.user(account),
            ProsodyServer.password(account),
            resource,
            id -> {
              MessageLoad current = load;
              if (current != null) {
                current.delivered(id, System.nanoTime());
              }
            });
    connections.add(connection);
    bootstrap
        .clone()
        .handler(
            new ChannelInitializer<SocketChannel>() {
              @Override
              protected void initChannel(SocketChannel ch) {
                ch.pipeline().addLast(connection);
              }
            })
        .connect(
            new InetSocketAddress("127.0.0.1", port),
            new InetSocketAddress(sources.forConnection(index), 0))
        .addListener(
            f -> {
              if (!f.isSuccess()) {
                connection.ready().completeExceptionally(f.cause());
              }
            });
    return connection;
  }

  public void close() {
    for (XmppConnection connection : connections) {
      connection.channel().close();
    }
  }

  private record Link(XmppConnection sender, String to) implements PairLink {
    @Override
    public EventLoop eventLoop() {
      return sender.channel().eventLoop();
    }

    @Override
    public void send(String messageKey) {
      sender.sendMessage(to, messageKey);
    }
  }
}
