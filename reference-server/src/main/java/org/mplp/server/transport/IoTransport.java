package org.mplp.server.transport;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/** The I/O layer: native epoll where it loads, Java NIO everywhere else. */
public record IoTransport(
    String name, IoHandlerFactory ioHandlerFactory, Class<? extends ServerChannel> serverChannel) {

  public static IoTransport best() {
    if (Epoll.isAvailable()) {
      return new IoTransport("epoll", EpollIoHandler.newFactory(), EpollServerSocketChannel.class);
    }
    return nio();
  }

  public static IoTransport nio() {
    return new IoTransport("nio", NioIoHandler.newFactory(), NioServerSocketChannel.class);
  }
}
