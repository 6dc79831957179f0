package org.mplp.server.admin;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.mplp.server.ServerDescription;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code mplp account}: manages the accounts of a data directory. Safe while a server runs on the
 * same directory: SQLite's WAL mode lets both write, each waiting for the other's transaction.
 */
@Command(
    name = "mplp account",
    mixinStandardHelpOptions = true,
    versionProvider = AccountMain.VersionProvider.class,
    description = "Adds, lists, removes accounts and sets their passwords.",
    subcommands = {AddCommand.class, ListCommand.class, RemoveCommand.class, PasswdCommand.class})
public final class AccountMain implements Runnable {

  /** The account pattern of common.schema.json: no hyphen, which separates address parts. */
  static final Pattern ACCOUNT = Pattern.compile("[0-9a-z][0-9a-z_.]{0,31}");

  static final int OK = 0;
  static final int FAILED = 1;

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "./mplp-data",
      scope = ScopeType.INHERIT,
      description = "The server's data directory (default: ${DEFAULT-VALUE}).")
  Path dataDir;

  PasswordInput passwords = PasswordInput.system();

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "org/mplp/server/logback-server.xml");
    }
    System.exit(new CommandLine(new AccountMain()).execute(args));
  }

  /**
   * Runs the command with the given standard input and no console, as a script would.
   *
   * @return the exit code: 0 done, 1 failed, 2 a usage error
   */
  public static int run(InputStream stdin, PrintWriter out, PrintWriter err, String... args) {
    AccountMain main = new AccountMain();
    main.passwords = new PasswordInput(stdin, null);
    return new CommandLine(main).setOut(out).setErr(err).execute(args);
  }

  /** The project version, for --version. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"mplp account " + ServerDescription.implementationVersion()};
    }
  }
}
