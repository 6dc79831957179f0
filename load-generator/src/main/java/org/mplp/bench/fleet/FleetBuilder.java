package org.mplp.bench.fleet;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.mplp.bench.client.Connector;
import org.mplp.bench.client.Credential;
import org.mplp.bench.client.LoginOk;
import org.mplp.bench.client.MplpConnection;
import org.mplp.bench.client.Scram;

/**
 * Makes a fleet on a server before the measured phase: accounts through provisioning, each device
 * by a password login (which registers it and returns its credential), then one credential login
 * that learns the credential's salt so that the measured logins need no PBKDF2. Not timed.
 */
public final class FleetBuilder {

  private static final MplpConnection.Listener IGNORE = (connection, frame, text) -> {};

  private final URI target;
  private final PrintStream log;

  public FleetBuilder(URI target, PrintStream log) {
    this.target = target;
    this.log = log;
  }

  /** The fleet cached in {@code file}, or a new one made now and cached there. */
  public Fleet ensure(Path file, int accounts, int devicesPerAccount) throws IOException {
    if (Files.exists(file)) {
      Fleet cached = Fleet.read(file);
      if (cached.accounts().size() == accounts
          && cached.accounts().stream().allMatch(a -> a.devices().size() == devicesPerAccount)) {
        return cached.remembered();
      }
    }
    log.printf(
        "setup: %d accounts x %d devices on %s (cached in %s)%n",
        accounts, devicesPerAccount, target, file);
    long start = System.nanoTime();
    Fleet fleet = build(accounts, devicesPerAccount);
    fleet.write(file);
    log.printf("setup: done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    return fleet.remembered();
  }

  private Fleet build(int accounts, int devicesPerAccount) throws IOException {
    Provisioner provisioner = new Provisioner(target);
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try (Connector connector = new Connector(target, 1)) {
      List<Future<FleetAccount>> futures = new ArrayList<>();
      for (int i = 0; i < accounts; i++) {
        futures.add(
            pool.submit(
                () -> {
                  FleetAccount account = makeAccount(provisioner, connector, devicesPerAccount);
                  int n = done.incrementAndGet();
                  if (n % 500 == 0) {
                    log.printf("setup: %d/%d accounts%n", n, accounts);
                  }
                  return account;
                }));
      }
      List<FleetAccount> made = new ArrayList<>();
      for (Future<FleetAccount> future : futures) {
        made.add(future.get());
      }
      return new Fleet(made);
    } catch (ExecutionException e) {
      throw new IOException("setting up the fleet failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while setting up the fleet", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private FleetAccount makeAccount(
      Provisioner provisioner, Connector connector, int devicesPerAccount) throws Exception {
    String[] created = provisioner.createAccount();
    String account = created[0];
    String password = created[1];
    List<FleetDevice> devices = new ArrayList<>();
    for (int d = 0; d < devicesPerAccount; d++) {
      LoginOk registered = loginAndClose(connector, Credential.password(account, password));
      Credential credential =
          Credential.device(account, registered.address(), registered.credential());
      loginAndClose(connector, credential);
      devices.add(
          new FleetDevice(
              account,
              registered.address(),
              registered.credential(),
              Scram.cachedKeys(registered.credential())));
    }
    return new FleetAccount(account, password, devices);
  }

  private static LoginOk loginAndClose(Connector connector, Credential credential)
      throws InterruptedException, ExecutionException, TimeoutException {
    MplpConnection connection = connector.connect(null, credential, IGNORE);
    LoginOk ok = connection.loggedIn().get(60, TimeUnit.SECONDS);
    connection.close().await(10, TimeUnit.SECONDS);
    return ok;
  }
}
