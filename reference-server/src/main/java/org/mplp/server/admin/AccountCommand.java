package org.mplp.server.admin;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.mplp.server.devices.DeviceStore;
import org.mplp.server.login.AccountStore;
import org.mplp.server.login.Scram;
import org.mplp.server.store.Database;
import org.mplp.server.store.ScramKeys;
import picocli.CommandLine;
import picocli.CommandLine.Spec;

/** A subcommand of {@link AccountMain}: what it does with the open database. */
abstract class AccountCommand implements Callable<Integer> {

  @CommandLine.ParentCommand AccountMain parent;
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public final Integer call() {
    try (Database database = Database.open(parent.dataDir)) {
      return run(new AccountStore(database), new DeviceStore(database));
    } catch (SQLException e) {
      return fail("the database in " + parent.dataDir + " failed: " + e.getMessage());
    }
  }

  abstract int run(AccountStore accounts, DeviceStore devices) throws SQLException;

  void say(String line) {
    spec.commandLine().getOut().println(line);
    spec.commandLine().getOut().flush();
  }

  int fail(String message) {
    spec.commandLine().getErr().println("mplp account: " + message);
    spec.commandLine().getErr().flush();
    return AccountMain.FAILED;
  }

  /** Reads a password and derives its keys; only the keys are kept (REQ-LOGIN-018). */
  ScramKeys keysOfNewPassword(String account, boolean fromStdin)
      throws PasswordInput.PasswordException {
    char[] password = parent.passwords.read(account, fromStdin);
    try {
      return Scram.keysOf(password, new SecureRandom());
    } finally {
      Arrays.fill(password, '\0');
    }
  }
}
