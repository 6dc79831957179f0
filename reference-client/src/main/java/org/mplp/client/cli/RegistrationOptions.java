package org.mplp.client.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mplp.spec.model.TerminalType;
import picocli.CommandLine.Option;

/**
 * What a password login that registers this device needs: account, password, type, label. Both
 * {@code ./mplp client} (the interactive client) and its {@code login} take them, so they go before
 * {@code login} or after it; given in both places, the one after wins.
 */
final class RegistrationOptions {
  static final String DEFAULT_TYPE = "PC";

  @Option(names = "--account", paramLabel = "NAME", description = "the account to log in to")
  String account;

  @Option(
      names = "--password",
      paramLabel = "TEXT",
      description =
          "the account's password (visible to other users of this machine: prefer the"
              + " next two)")
  String password;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "read the password from the first line of FILE")
  Path passwordFile;

  @Option(
      names = "--password-env",
      paramLabel = "VAR",
      description = "read the password from environment variable VAR")
  String passwordEnv;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "terminal type: PC, MP, TV, WEB, PAD or a private X... code (default: PC)")
  String type;

  @Option(names = "--label", paramLabel = "TEXT", description = "a name for this device")
  String label;

  /** These options, each one not given here taken from {@code outer}. */
  RegistrationOptions orElse(RegistrationOptions outer) {
    RegistrationOptions merged = new RegistrationOptions();
    merged.account = account != null ? account : outer.account;
    merged.password = password != null ? password : outer.password;
    merged.passwordFile = passwordFile != null ? passwordFile : outer.passwordFile;
    merged.passwordEnv = passwordEnv != null ? passwordEnv : outer.passwordEnv;
    merged.type = type != null ? type : outer.type;
    merged.label = label != null ? label : outer.label;
    return merged;
  }

  String type() {
    return type != null ? type : DEFAULT_TYPE;
  }

  /** The password from whichever option gave it; a prompt when none did and a console exists. */
  char[] password() throws UsageException {
    if (passwordFile != null) {
      try {
        String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
        return text.lines().findFirst().orElse("").toCharArray();
      } catch (IOException e) {
        throw new UsageException("cannot read --password-file " + passwordFile + ": " + e);
      }
    }
    if (passwordEnv != null) {
      String value = System.getenv(passwordEnv);
      if (value == null) {
        throw new UsageException("environment variable " + passwordEnv + " is not set");
      }
      return value.toCharArray();
    }
    if (password != null) {
      return password.toCharArray();
    }
    if (System.console() != null) {
      char[] typed = System.console().readPassword("Password for %s: ", account);
      if (typed != null) {
        return typed;
      }
    }
    throw new UsageException(
        "this device is not registered yet: give the password with --password, --password-file"
            + " or --password-env");
  }

  void check() throws UsageException {
    if (account == null) {
      throw new UsageException(
          "this device is not registered yet: give --account and its password to log in");
    }
    if (!TerminalType.isValidCode(type())) {
      throw new UsageException(
          "--type is PC, MP, TV, WEB, PAD or X followed by 1 to 7 letters or digits, not " + type);
    }
    if (label != null && (label.isEmpty() || label.length() > 64)) {
      throw new UsageException("--label takes 1 to 64 characters");
    }
  }
}
