package org.mplp.spec.binding;

import java.util.List;
import org.mplp.spec.binding.xml.generated.ErrorXml;
import org.mplp.spec.binding.xml.generated.HelloXml;
import org.mplp.spec.binding.xml.generated.LimitsXml;
import org.mplp.spec.binding.xml.generated.PingXml;
import org.mplp.spec.binding.xml.generated.PongXml;
import org.mplp.spec.binding.xml.generated.ServerInfoXml;
import org.mplp.spec.binding.xml.generated.WelcomeXml;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Hello;
import org.mplp.spec.model.Limits;
import org.mplp.spec.model.Ping;
import org.mplp.spec.model.Pong;
import org.mplp.spec.model.ServerInfo;
import org.mplp.spec.model.Welcome;

/** Maps the wire model's records to the classes generated from the XSD, and back. */
final class XmlFrameMapper {
  private XmlFrameMapper() {}

  static Object toXml(Frame frame) {
    if (frame instanceof Hello f) {
      HelloXml x = new HelloXml();
      x.setId(f.id());
      x.getVersion().addAll(f.versions());
      return x;
    } else if (frame instanceof Welcome f) {
      WelcomeXml x = new WelcomeXml();
      x.setReplyTo(f.replyTo());
      x.setVersion(f.version());
      x.setServer(toXml(f.server()));
      x.getProfile().addAll(f.profiles());
      x.setLimits(toXml(f.limits()));
      return x;
    } else if (frame instanceof Ping f) {
      PingXml x = new PingXml();
      x.setId(f.id());
      return x;
    } else if (frame instanceof Pong f) {
      PongXml x = new PongXml();
      x.setReplyTo(f.replyTo());
      return x;
    } else if (frame instanceof ErrorFrame f) {
      ErrorXml x = new ErrorXml();
      x.setReplyTo(f.replyTo());
      x.setCode(f.code());
      x.setFatal(f.fatal());
      x.setMessage(f.message());
      x.setLocation(f.location());
      return x;
    }
    throw new IllegalArgumentException("no XML mapping for " + frame.type());
  }

  static Frame fromXml(Object xml) {
    if (xml instanceof HelloXml x) {
      return new Hello(x.getId(), List.copyOf(x.getVersion()));
    } else if (xml instanceof WelcomeXml x) {
      return new Welcome(
          x.getReplyTo(),
          x.getVersion(),
          fromXml(x.getServer()),
          List.copyOf(x.getProfile()),
          fromXml(x.getLimits()));
    } else if (xml instanceof PingXml x) {
      return new Ping(x.getId());
    } else if (xml instanceof PongXml x) {
      return new Pong(x.getReplyTo());
    } else if (xml instanceof ErrorXml x) {
      return new ErrorFrame(
          x.getReplyTo(), x.getCode(), x.isFatal(), x.getMessage(), x.getLocation());
    }
    throw new IllegalArgumentException("no frame for " + xml.getClass().getSimpleName());
  }

  private static ServerInfoXml toXml(ServerInfo server) {
    ServerInfoXml x = new ServerInfoXml();
    x.setName(server.name());
    x.setVersion(server.version());
    return x;
  }

  private static ServerInfo fromXml(ServerInfoXml x) {
    return new ServerInfo(x.getName(), x.getVersion());
  }

  private static LimitsXml toXml(Limits limits) {
    LimitsXml x = new LimitsXml();
    x.setMaxFrameBytes(limits.maxFrameBytes());
    x.setMaxFramesPerSecond(limits.maxFramesPerSecond());
    x.setHelloTimeoutSeconds(limits.helloTimeoutSeconds());
    return x;
  }

  private static Limits fromXml(LimitsXml x) {
    return new Limits(x.getMaxFrameBytes(), x.getMaxFramesPerSecond(), x.getHelloTimeoutSeconds());
  }
}
