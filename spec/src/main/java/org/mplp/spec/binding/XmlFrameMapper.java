package org.mplp.spec.binding;

import java.util.List;
import org.mplp.spec.binding.xml.generated.DeliveredXml;
import org.mplp.spec.binding.xml.generated.DeviceEventKindXml;
import org.mplp.spec.binding.xml.generated.DeviceEventXml;
import org.mplp.spec.binding.xml.generated.DeviceListXml;
import org.mplp.spec.binding.xml.generated.DeviceXml;
import org.mplp.spec.binding.xml.generated.ErrorXml;
import org.mplp.spec.binding.xml.generated.HelloXml;
import org.mplp.spec.binding.xml.generated.LimitsXml;
import org.mplp.spec.binding.xml.generated.ListDevicesXml;
import org.mplp.spec.binding.xml.generated.LoginChallengeXml;
import org.mplp.spec.binding.xml.generated.LoginOkXml;
import org.mplp.spec.binding.xml.generated.LoginProofXml;
import org.mplp.spec.binding.xml.generated.LoginXml;
import org.mplp.spec.binding.xml.generated.LogoutXml;
import org.mplp.spec.binding.xml.generated.MechanismXml;
import org.mplp.spec.binding.xml.generated.MessageAcceptedXml;
import org.mplp.spec.binding.xml.generated.MessageAckXml;
import org.mplp.spec.binding.xml.generated.MessageXml;
import org.mplp.spec.binding.xml.generated.OkXml;
import org.mplp.spec.binding.xml.generated.PingXml;
import org.mplp.spec.binding.xml.generated.PongXml;
import org.mplp.spec.binding.xml.generated.PresenceXml;
import org.mplp.spec.binding.xml.generated.ReceiptAckXml;
import org.mplp.spec.binding.xml.generated.RecipientXml;
import org.mplp.spec.binding.xml.generated.RenameDeviceXml;
import org.mplp.spec.binding.xml.generated.RoleXml;
import org.mplp.spec.binding.xml.generated.SendXml;
import org.mplp.spec.binding.xml.generated.ServerInfoXml;
import org.mplp.spec.binding.xml.generated.TerminalXml;
import org.mplp.spec.binding.xml.generated.UndeliverableReasonXml;
import org.mplp.spec.binding.xml.generated.UndeliverableXml;
import org.mplp.spec.binding.xml.generated.WelcomeXml;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.DeviceEventKind;
import org.mplp.spec.model.DeviceList;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Hello;
import org.mplp.spec.model.Limits;
import org.mplp.spec.model.ListDevices;
import org.mplp.spec.model.Login;
import org.mplp.spec.model.LoginChallenge;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.LoginProof;
import org.mplp.spec.model.Logout;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.MessageAck;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.Ping;
import org.mplp.spec.model.Pong;
import org.mplp.spec.model.Presence;
import org.mplp.spec.model.ReceiptAck;
import org.mplp.spec.model.RenameDevice;
import org.mplp.spec.model.Role;
import org.mplp.spec.model.Send;
import org.mplp.spec.model.ServerInfo;
import org.mplp.spec.model.Terminal;
import org.mplp.spec.model.Undeliverable;
import org.mplp.spec.model.Welcome;

/**
 * Maps the wire model's records to the classes generated from the XSD, and back. One pair of
 * branches per frame type; nested objects have their own small pairs below.
 */
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
    } else if (frame instanceof Ok f) {
      OkXml x = new OkXml();
      x.setReplyTo(f.replyTo());
      return x;
    } else if (frame instanceof Login f) {
      LoginXml x = new LoginXml();
      x.setId(f.id());
      x.setAccount(f.account());
      x.setDevice(f.device());
      x.setMechanism(MechanismXml.fromValue(f.mechanism()));
      x.setClientFirst(f.clientFirst());
      x.setTerminal(toXml(f.terminal()));
      return x;
    } else if (frame instanceof LoginChallenge f) {
      LoginChallengeXml x = new LoginChallengeXml();
      x.setReplyTo(f.replyTo());
      x.setServerFirst(f.serverFirst());
      return x;
    } else if (frame instanceof LoginProof f) {
      LoginProofXml x = new LoginProofXml();
      x.setId(f.id());
      x.setClientFinal(f.clientFinal());
      return x;
    } else if (frame instanceof LoginOk f) {
      LoginOkXml x = new LoginOkXml();
      x.setReplyTo(f.replyTo());
      x.setServerFinal(f.serverFinal());
      x.setSelf(toXml(f.self()));
      x.setCredential(f.credential());
      x.setMultiPoint(f.multiPoint());
      f.devices().forEach(d -> x.getDevice().add(toXml(d)));
      return x;
    } else if (frame instanceof ListDevices f) {
      ListDevicesXml x = new ListDevicesXml();
      x.setId(f.id());
      return x;
    } else if (frame instanceof DeviceList f) {
      DeviceListXml x = new DeviceListXml();
      x.setReplyTo(f.replyTo());
      x.setMultiPoint(f.multiPoint());
      f.devices().forEach(d -> x.getDevice().add(toXml(d)));
      return x;
    } else if (frame instanceof DeviceEvent f) {
      DeviceEventXml x = new DeviceEventXml();
      x.setEvent(DeviceEventKindXml.fromValue(f.event().wireName()));
      x.setDevice(toXml(f.device()));
      return x;
    } else if (frame instanceof RenameDevice f) {
      RenameDeviceXml x = new RenameDeviceXml();
      x.setId(f.id());
      x.setAddress(f.address());
      x.setLabel(f.label());
      return x;
    } else if (frame instanceof Logout f) {
      LogoutXml x = new LogoutXml();
      x.setId(f.id());
      x.setRemoveDevice(f.removeDevice());
      return x;
    }
    return messageToXml(frame);
  }

  /** The frames of the Messages chapter. */
  private static Object messageToXml(Frame frame) {
    if (frame instanceof Send f) {
      SendXml x = new SendXml();
      x.setId(f.id());
      x.setClientMessageId(f.clientMessageId());
      x.setTo(f.to());
      x.setFrom(f.from());
      x.setMediaType(f.mediaType());
      x.setBody(f.body());
      return x;
    } else if (frame instanceof MessageAccepted f) {
      MessageAcceptedXml x = new MessageAcceptedXml();
      x.setReplyTo(f.replyTo());
      x.setClientMessageId(f.clientMessageId());
      x.setSentAt(f.sentAt());
      for (MessageAccepted.Recipient r : f.recipients()) {
        RecipientXml rx = new RecipientXml();
        rx.setTo(r.to());
        rx.setMessageId(r.messageId());
        x.getRecipient().add(rx);
      }
      return x;
    } else if (frame instanceof Message f) {
      MessageXml x = new MessageXml();
      x.setMessageId(f.messageId());
      x.setClientMessageId(f.clientMessageId());
      x.setFrom(f.from());
      x.setTo(f.to());
      x.setSeq(f.seq());
      x.setSentAt(f.sentAt());
      x.setMediaType(f.mediaType());
      x.setBody(f.body());
      return x;
    } else if (frame instanceof MessageAck f) {
      MessageAckXml x = new MessageAckXml();
      x.setId(f.id());
      x.getMessageId().addAll(f.messageIds());
      return x;
    } else if (frame instanceof ReceiptAck f) {
      ReceiptAckXml x = new ReceiptAckXml();
      x.setId(f.id());
      x.getMessageId().addAll(f.messageIds());
      return x;
    } else if (frame instanceof Delivered f) {
      DeliveredXml x = new DeliveredXml();
      x.setMessageId(f.messageId());
      x.setClientMessageId(f.clientMessageId());
      x.setTo(f.to());
      x.setDeliveredAt(f.deliveredAt());
      return x;
    } else if (frame instanceof Undeliverable f) {
      UndeliverableXml x = new UndeliverableXml();
      x.setMessageId(f.messageId());
      x.setClientMessageId(f.clientMessageId());
      x.setTo(f.to());
      x.setReason(UndeliverableReasonXml.fromValue(f.reason()));
      return x;
    }
    return XmlTransferMapper.toXml(frame);
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
    } else if (xml instanceof OkXml x) {
      return new Ok(x.getReplyTo());
    } else if (xml instanceof LoginXml x) {
      return new Login(
          x.getId(),
          x.getAccount(),
          x.getDevice(),
          x.getMechanism().value(),
          x.getClientFirst(),
          fromXml(x.getTerminal()));
    } else if (xml instanceof LoginChallengeXml x) {
      return new LoginChallenge(x.getReplyTo(), x.getServerFirst());
    } else if (xml instanceof LoginProofXml x) {
      return new LoginProof(x.getId(), x.getClientFinal());
    } else if (xml instanceof LoginOkXml x) {
      return new LoginOk(
          x.getReplyTo(),
          x.getServerFinal(),
          fromXml(x.getSelf()),
          x.getCredential(),
          x.isMultiPoint(),
          x.getDevice().stream().map(XmlFrameMapper::fromXml).toList());
    } else if (xml instanceof ListDevicesXml x) {
      return new ListDevices(x.getId());
    } else if (xml instanceof DeviceListXml x) {
      return new DeviceList(
          x.getReplyTo(),
          x.isMultiPoint(),
          x.getDevice().stream().map(XmlFrameMapper::fromXml).toList());
    } else if (xml instanceof DeviceEventXml x) {
      return new DeviceEvent(
          DeviceEventKind.forWireName(x.getEvent().value()), fromXml(x.getDevice()));
    } else if (xml instanceof RenameDeviceXml x) {
      return new RenameDevice(x.getId(), x.getAddress(), x.getLabel());
    } else if (xml instanceof LogoutXml x) {
      return new Logout(x.getId(), x.isRemoveDevice());
    }
    return messageFromXml(xml);
  }

  private static Frame messageFromXml(Object xml) {
    if (xml instanceof SendXml x) {
      return new Send(
          x.getId(), x.getClientMessageId(), x.getTo(), x.getFrom(), x.getMediaType(), x.getBody());
    } else if (xml instanceof MessageAcceptedXml x) {
      return new MessageAccepted(
          x.getReplyTo(),
          x.getClientMessageId(),
          x.getSentAt(),
          x.getRecipient().stream()
              .map(r -> new MessageAccepted.Recipient(r.getTo(), r.getMessageId()))
              .toList());
    } else if (xml instanceof MessageXml x) {
      return new Message(
          x.getMessageId(),
          x.getClientMessageId(),
          x.getFrom(),
          x.getTo(),
          x.getSeq(),
          x.getSentAt(),
          x.getMediaType(),
          x.getBody());
    } else if (xml instanceof MessageAckXml x) {
      return new MessageAck(x.getId(), List.copyOf(x.getMessageId()));
    } else if (xml instanceof ReceiptAckXml x) {
      return new ReceiptAck(x.getId(), List.copyOf(x.getMessageId()));
    } else if (xml instanceof DeliveredXml x) {
      return new Delivered(x.getMessageId(), x.getClientMessageId(), x.getTo(), x.getDeliveredAt());
    } else if (xml instanceof UndeliverableXml x) {
      return new Undeliverable(
          x.getMessageId(), x.getClientMessageId(), x.getTo(), x.getReason().value());
    }
    return XmlTransferMapper.fromXml(xml);
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
    x.setMaxDevicesPerAccount(limits.maxDevicesPerAccount());
    x.setMaxFramesBeforeLogin(limits.maxFramesBeforeLogin());
    x.setMaxLoginFailures(limits.maxLoginFailures());
    x.setLockoutSeconds(limits.lockoutSeconds());
    x.setMaxMessageBytes(limits.maxMessageBytes());
    x.setMaxPendingMessages(limits.maxPendingMessages());
    x.setMaxFileBytes(limits.maxFileBytes());
    x.setMaxFilesPerOffer(limits.maxFilesPerOffer());
    x.setMaxOpenTransfers(limits.maxOpenTransfers());
    x.setOfferLifetimeSeconds(limits.offerLifetimeSeconds());
    x.setTransferLifetimeSeconds(limits.transferLifetimeSeconds());
    x.setSpoolQuotaBytes(limits.spoolQuotaBytes());
    return x;
  }

  private static Limits fromXml(LimitsXml x) {
    return new Limits(
        x.getMaxFrameBytes(),
        x.getMaxFramesPerSecond(),
        x.getHelloTimeoutSeconds(),
        x.getMaxDevicesPerAccount(),
        x.getMaxFramesBeforeLogin(),
        x.getMaxLoginFailures(),
        x.getLockoutSeconds(),
        x.getMaxMessageBytes(),
        x.getMaxPendingMessages(),
        x.getMaxFileBytes(),
        x.getMaxFilesPerOffer(),
        x.getMaxOpenTransfers(),
        x.getOfferLifetimeSeconds(),
        x.getTransferLifetimeSeconds(),
        x.getSpoolQuotaBytes());
  }

  private static DeviceXml toXml(Device d) {
    DeviceXml x = new DeviceXml();
    x.setAddress(d.address());
    x.setType(d.type());
    x.setLabel(d.label());
    x.setPresence(PresenceXml.fromValue(d.presence().wireName()));
    x.setRole(RoleXml.fromValue(d.role().wireName()));
    x.setLoginTime(d.loginTime());
    x.setClientName(d.clientName());
    x.setClientVersion(d.clientVersion());
    x.setLastIp(d.lastIp());
    return x;
  }

  private static Device fromXml(DeviceXml x) {
    return new Device(
        x.getAddress(),
        x.getType(),
        x.getLabel(),
        Presence.forWireName(x.getPresence().value()),
        Role.forWireName(x.getRole().value()),
        x.getLoginTime(),
        x.getClientName(),
        x.getClientVersion(),
        x.getLastIp());
  }

  private static TerminalXml toXml(Terminal t) {
    TerminalXml x = new TerminalXml();
    x.setType(t.type());
    x.setClientName(t.clientName());
    x.setClientVersion(t.clientVersion());
    x.setLabel(t.label());
    x.setIp(t.ip());
    x.setLoginTime(t.loginTime());
    return x;
  }

  private static Terminal fromXml(TerminalXml x) {
    return new Terminal(
        x.getType(),
        x.getClientName(),
        x.getClientVersion(),
        x.getLabel(),
        x.getIp(),
        x.getLoginTime());
  }
}
