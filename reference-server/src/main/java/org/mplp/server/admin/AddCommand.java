package org.mplp.server.admin;

import java.sql.SQLException;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.login.AccountStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mplp account add}: a new account with a password. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Adds an account.")
final class AddCommand extends AccountCommand {
  @Parameters(paramLabel = "ACCOUNT", description = "lower-case letters, digits, . and _")
  String account;

  @Option(names = "--password-stdin", description = "Reads the password from standard input.")
  boolean passwordStdin;

  @Override
  int run(AccountStore accounts, DeviceStore devices) throws SQLException {
    if (!AccountMain.ACCOUNT.matcher(account).matches()) {
      return fail(
          "'"
              + account
              + "' is not an account name: 1 to 32 of a-z 0-9 . _, not starting with . or _");
    }
    if (accounts.find(account).isPresent()) {
      return fail("account " + account + " exists");
    }
    try {
      if (!accounts.create(account, keysOfNewPassword(account, passwordStdin))) {
        return fail("account " + account + " exists");
      }
    } catch (PasswordInput.PasswordException e) {
      return fail(e.getMessage());
    }
    say("added account " + account);
    return AccountMain.OK;
  }
}
