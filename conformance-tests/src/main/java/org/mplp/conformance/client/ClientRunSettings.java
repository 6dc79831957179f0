package org.mplp.conformance.client;

import java.nio.file.Path;
import java.time.Duration;
import org.mplp.conformance.client.adapter.Adapter;
import org.mplp.conformance.driver.Binding;
import org.mplp.conformance.driver.DriverException;

/**
 * What one run of the client scenarios in one binding needs: the adapter, the binding, how long an
 * action may take, and where scenarios keep their folders. The runner installs it before it
 * launches the scenarios; Cucumber creates the step objects, so they fetch it here.
 *
 * @param actionWait how long the client gets for what an action asks ({@code {seconds}})
 */
public record ClientRunSettings(
    Adapter adapter, Binding binding, Duration actionWait, Path workDir) {
  private static volatile ClientRunSettings current;

  public static void install(ClientRunSettings settings) {
    current = settings;
  }

  public static ClientRunSettings current() {
    ClientRunSettings s = current;
    if (s == null) {
      throw new DriverException(
          "No client run settings: start the client scenarios through"
              + " 'mplp conformance client', which reads the adapter first.");
    }
    return s;
  }

  /** The longest an action's process may run before the kit stops it. */
  public Duration actionLimit() {
    Duration adapterLimit = Duration.ofSeconds(adapter.timeoutSeconds());
    Duration generous = actionWait.plusSeconds(30);
    return adapterLimit.compareTo(generous) > 0 ? adapterLimit : generous;
  }
}
