package org.mplp.bench.fleet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mplp.bench.client.Scram;
import org.mplp.bench.client.ScramKeys;

/**
 * A set of accounts with the same number of registered devices each. Stored as one line per device
 * ({@code account password address credential salt iterations clientKey serverKey}), or per account
 * when it has no device ({@code account password}).
 */
public record Fleet(List<FleetAccount> accounts) {

  public List<FleetDevice> devices() {
    List<FleetDevice> all = new ArrayList<>();
    for (FleetAccount account : accounts) {
      all.addAll(account.devices());
    }
    return all;
  }

  /** Puts every device's keys in the SCRAM cache, so that its logins skip PBKDF2. */
  public Fleet remembered() {
    for (FleetDevice device : devices()) {
      Scram.remember(device.credential(), device.keys());
    }
    return this;
  }

  public static Fleet read(Path file) throws IOException {
    Map<String, FleetAccount> accounts = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.trim().split(" ");
      FleetAccount account =
          accounts.computeIfAbsent(f[0], name -> new FleetAccount(name, f[1], new ArrayList<>()));
      if (f.length == 8) {
        account
            .devices()
            .add(new FleetDevice(f[0], f[2], f[3], ScramKeys.decode(f[4], f[5], f[6], f[7])));
      }
    }
    return new Fleet(List.copyOf(accounts.values()));
  }

  public void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    List<String> lines = new ArrayList<>();
    for (FleetAccount account : accounts) {
      if (account.devices().isEmpty()) {
        lines.add(account.account() + " " + account.password());
      }
      for (FleetDevice device : account.devices()) {
        lines.add(
            String.join(
                " ",
                account.account(),
                account.password(),
                device.address(),
                device.credential(),
                device.keys().encode()));
      }
    }
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.write(partial, lines);
    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
