package org.mplp.server.admin;

import java.sql.SQLException;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.login.AccountStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mplp account passwd}: a new password; device credentials stay valid. */
@Command(
    name = "passwd",
    mixinStandardHelpOptions = true,
    description = "Sets a new password; the devices keep their credentials.")
final class PasswdCommand extends AccountCommand {
  @Parameters(paramLabel = "ACCOUNT")
  String account;

  @Option(names = "--password-stdin", description = "Reads the password from standard input.")
  boolean passwordStdin;

  @Override
  int run(AccountStore accounts, DeviceStore devices) throws SQLException {
    if (accounts.find(account).isEmpty()) {
      return fail("no account " + account);
    }
    try {
      if (!accounts.setKeys(account, keysOfNewPassword(account, passwordStdin))) {
        return fail("no account " + account);
      }
    } catch (PasswordInput.PasswordException e) {
      return fail(e.getMessage());
    }
    say("new password set for " + account);
    return AccountMain.OK;
  }
}
