package org.mplp.client.cli;

import org.mplp.client.ClientVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the name and version the client also tells the server at login. */
final class ClientVersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {ClientVersion.NAME + " " + ClientVersion.VERSION};
  }
}
