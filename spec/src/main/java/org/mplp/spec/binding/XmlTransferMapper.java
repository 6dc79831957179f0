package org.mplp.spec.binding;

import java.util.List;
import org.mplp.spec.binding.xml.generated.AcceptOfferXml;
import org.mplp.spec.binding.xml.generated.CancelTransferXml;
import org.mplp.spec.binding.xml.generated.FileFailureXml;
import org.mplp.spec.binding.xml.generated.FileOutcomeXml;
import org.mplp.spec.binding.xml.generated.FileResultXml;
import org.mplp.spec.binding.xml.generated.FileStateXml;
import org.mplp.spec.binding.xml.generated.GetSettingsXml;
import org.mplp.spec.binding.xml.generated.MakePrimaryXml;
import org.mplp.spec.binding.xml.generated.MessageHandlingXml;
import org.mplp.spec.binding.xml.generated.OfferXml;
import org.mplp.spec.binding.xml.generated.OfferedFileXml;
import org.mplp.spec.binding.xml.generated.PermissionXml;
import org.mplp.spec.binding.xml.generated.PolicyXml;
import org.mplp.spec.binding.xml.generated.RejectOfferXml;
import org.mplp.spec.binding.xml.generated.RevokeDeviceXml;
import org.mplp.spec.binding.xml.generated.RoleXml;
import org.mplp.spec.binding.xml.generated.SetPolicyXml;
import org.mplp.spec.binding.xml.generated.SetReceiveXml;
import org.mplp.spec.binding.xml.generated.SettingsXml;
import org.mplp.spec.binding.xml.generated.TransferFileXml;
import org.mplp.spec.binding.xml.generated.TransferProgressXml;
import org.mplp.spec.binding.xml.generated.TransferReasonXml;
import org.mplp.spec.binding.xml.generated.TransferStateXml;
import org.mplp.spec.binding.xml.generated.TransferXml;
import org.mplp.spec.model.AcceptOffer;
import org.mplp.spec.model.CancelTransfer;
import org.mplp.spec.model.FileOutcome;
import org.mplp.spec.model.FileResult;
import org.mplp.spec.model.FileState;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.GetSettings;
import org.mplp.spec.model.MakePrimary;
import org.mplp.spec.model.MessageHandling;
import org.mplp.spec.model.Offer;
import org.mplp.spec.model.OfferedFile;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Policy;
import org.mplp.spec.model.RejectOffer;
import org.mplp.spec.model.RevokeDevice;
import org.mplp.spec.model.Role;
import org.mplp.spec.model.SetPolicy;
import org.mplp.spec.model.SetReceive;
import org.mplp.spec.model.Settings;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferFile;
import org.mplp.spec.model.TransferProgress;
import org.mplp.spec.model.TransferReason;
import org.mplp.spec.model.TransferState;

/**
 * The XML mapping of the frames of the Transfers, Receive permissions and Primary device chapters;
 * {@link XmlFrameMapper} hands them on here so that neither file grows past reading.
 */
final class XmlTransferMapper {
  private XmlTransferMapper() {}

  static Object toXml(Frame frame) {
    if (frame instanceof Offer f) {
      OfferXml x = new OfferXml();
      x.setId(f.id());
      x.setTo(f.to());
      x.setPermission(toXml(f.permission()));
      x.setExpiresIn(f.expiresIn());
      f.files().forEach(file -> x.getFile().add(toXml(file)));
      return x;
    } else if (frame instanceof Transfer f) {
      TransferXml x = new TransferXml();
      x.setReplyTo(f.replyTo());
      x.setTransferId(f.transferId());
      x.setFrom(f.from());
      x.setTo(f.to());
      x.setPermission(toXml(f.permission()));
      x.setState(TransferStateXml.fromValue(f.state().wireName()));
      x.setReason(f.reason() == null ? null : TransferReasonXml.fromValue(f.reason().wireName()));
      x.setBy(f.by());
      x.setNote(f.note());
      x.setOfferedAt(f.offeredAt());
      x.setExpiresAt(f.expiresAt());
      f.files().forEach(file -> x.getFile().add(toXml(file)));
      return x;
    } else if (frame instanceof AcceptOffer f) {
      AcceptOfferXml x = new AcceptOfferXml();
      x.setId(f.id());
      x.setTransferId(f.transferId());
      if (f.files() != null) {
        x.getFile().addAll(f.files());
      }
      return x;
    } else if (frame instanceof RejectOffer f) {
      RejectOfferXml x = new RejectOfferXml();
      x.setId(f.id());
      x.setTransferId(f.transferId());
      x.setNote(f.note());
      return x;
    } else if (frame instanceof CancelTransfer f) {
      CancelTransferXml x = new CancelTransferXml();
      x.setId(f.id());
      x.setTransferId(f.transferId());
      x.setNote(f.note());
      return x;
    } else if (frame instanceof FileResult f) {
      FileResultXml x = new FileResultXml();
      x.setId(f.id());
      x.setTransferId(f.transferId());
      x.setIndex(f.index());
      x.setResult(FileOutcomeXml.fromValue(f.result().wireName()));
      x.setNote(f.note());
      return x;
    } else if (frame instanceof TransferProgress f) {
      TransferProgressXml x = new TransferProgressXml();
      x.setTransferId(f.transferId());
      x.setIndex(f.index());
      x.setUploaded(f.uploaded());
      x.setDownloaded(f.downloaded());
      return x;
    }
    return settingsToXml(frame);
  }

  private static Object settingsToXml(Frame frame) {
    if (frame instanceof GetSettings f) {
      GetSettingsXml x = new GetSettingsXml();
      x.setId(f.id());
      return x;
    } else if (frame instanceof SetReceive f) {
      SetReceiveXml x = new SetReceiveXml();
      x.setId(f.id());
      x.setReceive(toXml(f.receive()));
      return x;
    } else if (frame instanceof Settings f) {
      SettingsXml x = new SettingsXml();
      x.setReplyTo(f.replyTo());
      x.setAddress(f.address());
      x.setLabel(f.label());
      x.setRole(RoleXml.fromValue(f.role().wireName()));
      x.setReceive(toXml(f.receive()));
      x.setPolicy(toXml(f.policy()));
      return x;
    } else if (frame instanceof SetPolicy f) {
      SetPolicyXml x = new SetPolicyXml();
      x.setId(f.id());
      x.setDevice(f.device());
      x.setPolicy(toXml(f.policy()));
      return x;
    } else if (frame instanceof RevokeDevice f) {
      RevokeDeviceXml x = new RevokeDeviceXml();
      x.setId(f.id());
      x.setDevice(f.device());
      return x;
    } else if (frame instanceof MakePrimary f) {
      MakePrimaryXml x = new MakePrimaryXml();
      x.setId(f.id());
      x.setDevice(f.device());
      return x;
    }
    throw new IllegalArgumentException("no XML mapping for " + frame.type());
  }

  static Frame fromXml(Object xml) {
    if (xml instanceof OfferXml x) {
      return new Offer(
          x.getId(),
          x.getTo(),
          fromXml(x.getPermission()),
          x.getExpiresIn(),
          x.getFile().stream().map(XmlTransferMapper::fromXml).toList());
    } else if (xml instanceof TransferXml x) {
      return new Transfer(
          x.getReplyTo(),
          x.getTransferId(),
          x.getFrom(),
          x.getTo(),
          fromXml(x.getPermission()),
          TransferState.forWireName(x.getState().value()),
          x.getReason() == null ? null : TransferReason.forWireName(x.getReason().value()),
          x.getBy(),
          x.getNote(),
          x.getOfferedAt(),
          x.getExpiresAt(),
          x.getFile().stream().map(XmlTransferMapper::fromXml).toList());
    } else if (xml instanceof AcceptOfferXml x) {
      return new AcceptOffer(
          x.getId(), x.getTransferId(), x.getFile().isEmpty() ? null : List.copyOf(x.getFile()));
    } else if (xml instanceof RejectOfferXml x) {
      return new RejectOffer(x.getId(), x.getTransferId(), x.getNote());
    } else if (xml instanceof CancelTransferXml x) {
      return new CancelTransfer(x.getId(), x.getTransferId(), x.getNote());
    } else if (xml instanceof FileResultXml x) {
      return new FileResult(
          x.getId(),
          x.getTransferId(),
          x.getIndex(),
          FileOutcome.forWireName(x.getResult().value()),
          x.getNote());
    } else if (xml instanceof TransferProgressXml x) {
      return new TransferProgress(
          x.getTransferId(), x.getIndex(), x.getUploaded(), x.getDownloaded());
    }
    return settingsFromXml(xml);
  }

  private static Frame settingsFromXml(Object xml) {
    if (xml instanceof GetSettingsXml x) {
      return new GetSettings(x.getId());
    } else if (xml instanceof SetReceiveXml x) {
      return new SetReceive(x.getId(), fromXml(x.getReceive()));
    } else if (xml instanceof SettingsXml x) {
      return new Settings(
          x.getReplyTo(),
          x.getAddress(),
          x.getLabel(),
          Role.forWireName(x.getRole().value()),
          fromXml(x.getReceive()),
          fromXml(x.getPolicy()));
    } else if (xml instanceof SetPolicyXml x) {
      return new SetPolicy(x.getId(), x.getDevice(), fromXml(x.getPolicy()));
    } else if (xml instanceof RevokeDeviceXml x) {
      return new RevokeDevice(x.getId(), x.getDevice());
    } else if (xml instanceof MakePrimaryXml x) {
      return new MakePrimary(x.getId(), x.getDevice());
    }
    throw new IllegalArgumentException("no frame for " + xml.getClass().getSimpleName());
  }

  private static PermissionXml toXml(Permission permission) {
    return permission == null ? null : PermissionXml.fromValue(permission.wireName());
  }

  private static Permission fromXml(PermissionXml x) {
    return x == null ? null : Permission.forWireName(x.value());
  }

  private static OfferedFileXml toXml(OfferedFile file) {
    OfferedFileXml x = new OfferedFileXml();
    x.setName(file.name());
    x.setPath(file.path());
    x.setSize(file.size());
    x.setSha256(file.sha256());
    x.setMediaType(file.mediaType());
    return x;
  }

  private static OfferedFile fromXml(OfferedFileXml x) {
    return new OfferedFile(x.getName(), x.getPath(), x.getSize(), x.getSha256(), x.getMediaType());
  }

  private static TransferFileXml toXml(TransferFile file) {
    TransferFileXml x = new TransferFileXml();
    x.setIndex(file.index());
    x.setName(file.name());
    x.setPath(file.path());
    x.setSize(file.size());
    x.setSha256(file.sha256());
    x.setMediaType(file.mediaType());
    x.setState(FileStateXml.fromValue(file.state().wireName()));
    x.setFailure(
        file.failure() == null ? null : FileFailureXml.fromValue(file.failure().wireName()));
    x.setToken(file.token());
    return x;
  }

  private static TransferFile fromXml(TransferFileXml x) {
    return new TransferFile(
        x.getIndex(),
        x.getName(),
        x.getPath(),
        x.getSize(),
        x.getSha256(),
        x.getMediaType(),
        FileState.forWireName(x.getState().value()),
        x.getFailure() == null ? null : FileOutcome.forWireName(x.getFailure().value()),
        x.getToken());
  }

  private static PolicyXml toXml(Policy policy) {
    PolicyXml x = new PolicyXml();
    x.setTransfers(toXml(policy.transfers()));
    x.setMessages(MessageHandlingXml.fromValue(policy.messages().wireName()));
    x.setMaxFileBytes(policy.maxFileBytes());
    return x;
  }

  private static Policy fromXml(PolicyXml x) {
    return new Policy(
        fromXml(x.getTransfers()),
        MessageHandling.forWireName(x.getMessages().value()),
        x.getMaxFileBytes());
  }
}
