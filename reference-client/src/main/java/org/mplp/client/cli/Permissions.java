package org.mplp.client.cli;

import org.mplp.spec.model.MessageHandling;
import org.mplp.spec.model.Permission;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads receive permissions and message handling from the command line (spec: Permissions). */
final class Permissions {
  private Permissions() {}

  /** direct, ask or reject; anything else is a usage error that shows the command's help. */
  static final class PermissionConverter implements ITypeConverter<Permission> {
    @Override
    public Permission convert(String word) {
      try {
        return Permission.forWireName(word);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("direct, ask or reject, not '" + word + "'");
      }
    }
  }

  /** accept or reject. */
  static final class MessageHandlingConverter implements ITypeConverter<MessageHandling> {
    @Override
    public MessageHandling convert(String word) {
      try {
        return MessageHandling.forWireName(word);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("accept or reject, not '" + word + "'");
      }
    }
  }
}
