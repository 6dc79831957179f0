package org.mplp.server.admin;

import java.sql.SQLException;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.login.AccountStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code mplp account remove}: an account and all its devices. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = "Removes an account and all its devices.")
final class RemoveCommand extends AccountCommand {
  @Parameters(paramLabel = "ACCOUNT")
  String account;

  @Override
  int run(AccountStore accounts, DeviceStore devices) throws SQLException {
    if (!accounts.remove(account)) {
      return fail("no account " + account);
    }
    say("removed account " + account + " and its devices");
    return AccountMain.OK;
  }
}
