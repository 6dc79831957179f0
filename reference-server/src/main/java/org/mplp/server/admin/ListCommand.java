package org.mplp.server.admin;

import java.sql.SQLException;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.login.AccountStore;
import org.mplp.server.login.StoredAccount;
import picocli.CommandLine.Command;

/** {@code mplp account list}: every account, its creation time and its devices. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the accounts with their devices.")
final class ListCommand extends AccountCommand {
  @Override
  int run(AccountStore accounts, DeviceStore devices) throws SQLException {
    for (StoredAccount account : accounts.list()) {
      var registered = devices.listByAccount(account.name());
      StringBuilder line =
          new StringBuilder(account.name())
              .append("  created ")
              .append(account.createdAt())
              .append("  devices ")
              .append(registered.size());
      registered.forEach(device -> line.append("  ").append(device.address()));
      say(line.toString());
    }
    return AccountMain.OK;
  }
}
