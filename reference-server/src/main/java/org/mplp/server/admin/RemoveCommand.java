package org.mplp.server.admin;

import java.io.IOException;
import java.sql.SQLException;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.login.AccountStore;
import org.mplp.server.ops.AccountRemovalNotice;
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
    try {
      AccountRemovalNotice.send(parent.dataDir, account)
          .ifPresent(ended -> say("the running server ended " + ended + " of its sessions"));
    } catch (IOException e) {
      return fail("the account is removed, but the running server was not told: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted while telling the running server");
    }
    return AccountMain.OK;
  }
}
