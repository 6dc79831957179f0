package org.mplp.server.login;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import org.mplp.server.store.StoreExecutor;

/** Throwaway accounts for test deployments (spec: Provisioning profile). */
public final class Provisioning {

  /** A new account and its password, shown this once. */
  public record ProvisionedAccount(String account, String password) {}

  /** Random names collide about never; a few tries make a collision a non-event. */
  static final int ATTEMPTS = 5;

  private final StoreExecutor executor;
  private final AccountStore accounts;
  private final SecureRandom random;
  private final RandomSecrets secrets;

  public Provisioning(StoreExecutor executor, AccountStore accounts, SecureRandom random) {
    this.executor = executor;
    this.accounts = accounts;
    this.random = random;
    this.secrets = new RandomSecrets(random);
  }

  /** Creates an account on the store thread; the answer runs on {@code replyOn}. */
  public void createAccount(Executor replyOn, BiConsumer<ProvisionedAccount, Throwable> reply) {
    executor.submit(this::createAccount, replyOn, reply);
  }

  /** An account with a random name and password, ready for a password login (REQ-PROVISION-002). */
  ProvisionedAccount createAccount() throws SQLException {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      String name = secrets.accountName();
      String password = secrets.password();
      if (accounts.create(name, Scram.keysOf(password.toCharArray(), random))) {
        return new ProvisionedAccount(name, password);
      }
    }
    throw new SQLException("no free account name after " + ATTEMPTS + " attempts");
  }
}
