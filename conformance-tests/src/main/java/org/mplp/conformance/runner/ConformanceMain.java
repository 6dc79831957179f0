package org.mplp.conformance.runner;

import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import org.mplp.conformance.driver.AccountPool;
import org.mplp.conformance.driver.FrameSchemas;
import org.mplp.conformance.driver.TlsTrust;
import org.mplp.conformance.report.Requirement;
import org.mplp.conformance.report.RequirementRegistry;
import org.mplp.conformance.report.RunReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mplp conformance}: runs the conformance scenarios against a server and reports. */
@Command(
    name = "mplp conformance",
    sortOptions = false,
    description =
        "Runs the MPLP conformance scenarios against a server and reports per requirement;"
            + " 'client --adapter FILE' runs them against a client.",
    versionProvider = ConformanceMain.Version.class,
    subcommands = {CompareCommand.class, ClientCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:conformant",
      "1:not conformant",
      "2:bad usage or configuration",
      "3:target unreachable"
    })
public final class ConformanceMain implements Callable<Integer> {
  public static final int CONFORMANT = 0;
  public static final int NOT_CONFORMANT = 1;
  public static final int BAD_USAGE = 2;
  public static final int UNREACHABLE = 3;

  static final String LOG_CONFIG = "org/mplp/conformance/logback-conformance.xml";

  @Spec private CommandSpec spec;

  /** Read when the run starts, so a kit built without the spec's registry fails with a message. */
  private final Supplier<List<Requirement>> registry;

  @Option(
      names = "--target",
      paramLabel = "ws[s]://HOST:PORT/PATH",
      description =
          "The control channel, ws:// or wss://. Without it, the server this distribution bundles"
              + " (./mplp: the reference server, in-process, on a free port).")
  private URI target;

  @Option(
      names = "--http-base",
      paramLabel = "URL",
      description = "Where the discovery document is (default: the target's host and port).")
  private URI httpBase;

  @Option(
      names = "--cacert",
      paramLabel = "FILE",
      description =
          "PEM certificate(s) to trust for https and wss instead of the JDK's default trust store"
              + " (the server's own, or the CA that issued it).")
  private Path cacert;

  @Option(
      names = "--embedded-tls",
      description =
          "Without --target: run the bundled server over TLS, with a new self-signed certificate"
              + " that is the only one trusted.")
  private boolean embeddedTls;

  @Option(
      names = "--report",
      paramLabel = "DIR",
      defaultValue = "conformance-report",
      description = "Where report.html, report.json and junit.xml go (default: ${DEFAULT-VALUE}).")
  private Path report;

  @Option(
      names = "--binding",
      paramLabel = "json|xml|all",
      defaultValue = "all",
      description = "all = every binding the target's discovery document lists (default).")
  private String binding;

  @Option(names = "--tags", paramLabel = "EXPR", description = "A Cucumber tag expression.")
  private String tags;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "5",
      description =
          "What a slow network may add to every wait, on top of the bounds the spec sets (default:"
              + " ${DEFAULT-VALUE}).")
  private int timeoutSeconds;

  @Option(
      names = "--restart-command",
      paramLabel = "CMD",
      description =
          "Crashes the target and starts it again (e.g. kill -9, then start it on the same"
              + " storage); run with sh -c, then the kit waits until discovery answers. Without"
              + " it, what only a crash shows is reported not verified.")
  private String restartCommand;

  @Option(
      names = "--accounts",
      paramLabel = "FILE",
      description =
          "Test accounts when the target does not claim provisioning: a JSON array of"
              + " {\"account\", \"password\"}. Every scenario that logs in takes fresh ones.")
  private Path accounts;

  @Option(
      names = "--expected-failures",
      paramLabel = "FILE",
      description =
          "Known gaps, a JSON file: {\"expectedFailures\": [{\"id\": REQ-id or scenario name,"
              + " \"reason\", \"link\" (optional), \"expires\": YYYY-MM-DD (optional)}]}.")
  private Path expectedFailures;

  @Option(
      names = "--parallel",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Run N scenarios at once (default: ${DEFAULT-VALUE}), fewer when N of them would"
              + " reach the target's maxConnectionsPerAddress (the report says so); those tagged"
              + " @serial (among them those that crash the target) run alone, after the others;"
              + " those tagged @failed-logins never two at once.")
  private int parallel;

  @Option(
      names = "--rerun-failures",
      paramLabel = "N",
      defaultValue = "0",
      description =
          "Run each scenario that did not pass again, up to N times; one that then passes is"
              + " reported flaky.")
  private int rerunFailures;

  @Option(
      names = "--fail-on-not-run",
      description =
          "For certification: scenarios not applicable and MUST requirements not tested make the"
              + " run not conformant.")
  private boolean failOnNotRun;

  @Option(
      names = "--list",
      description =
          "Print the scenarios --tags selects, with their requirement ids and the test accounts"
              + " they need, and exit (no target needed).")
  private boolean list;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Option(
      names = {"-V", "--version"},
      versionHelp = true,
      description = "Print the kit's version, the spec's, and the jar's SHA-256, and exit.")
  private boolean version;

  /** --version: the kit, the spec it judges by, and the jar's SHA-256. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return KitIdentity.describe(KitIdentity.current()).split("\n");
    }
  }

  public ConformanceMain() {
    this(RequirementRegistry::load);
  }

  ConformanceMain(Supplier<List<Requirement>> registry) {
    this.registry = registry;
  }

  /** The whole registry, for the client mode, which checks the client's duties of it. */
  List<Requirement> requirements() {
    return registry.get();
  }

  public static void main(String[] args) {
    // Before the first logger exists: logback reads its configuration once.
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", LOG_CONFIG);
    }
    System.exit(execute(args));
  }

  /** Runs the command in-process and returns its exit code (tests call this). */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return execute(out, err, RequirementRegistry::load, args);
  }

  static int execute(
      PrintWriter out, PrintWriter err, Supplier<List<Requirement>> registry, String... args) {
    CommandLine line = new CommandLine(new ConformanceMain(registry));
    line.setOut(out).setErr(err);
    return line.execute(args);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ConformanceRun.Options options;
    List<Requirement> requirements;
    List<ScenarioCatalog.Entry> selected;
    try {
      // A client's duties are judged by the client mode, never in a server's report.
      requirements = registry.get().stream().filter(r -> !r.client()).toList();
      FrameSchemas.spec(); // a contract whose schemas break the kit's rules stops it here
      checkTags();
      selected = Preflight.selection(ScenarioCatalog.load(), tags);
      if (list) {
        Listing.print(selected, out);
        return CONFORMANT;
      }
      options = options();
    } catch (RuntimeException e) {
      return usage(err, e.getMessage());
    }
    try (LocalTarget.Running local = target == null ? startLocal() : null) {
      ConformanceRun.Options run = local == null ? options : options.against(local);
      if (local != null) {
        out.println("mplp conformance: started " + local.description() + " at " + run.target());
      }
      RunReport report = ConformanceRun.run(run, requirements, selected);
      Summary.print(report, options.reportDir(), out);
      return report.conformant() ? CONFORMANT : NOT_CONFORMANT;
    } catch (ConformanceRun.Unreachable e) {
      err.println("mplp conformance: target unreachable: " + e.getMessage());
      return UNREACHABLE;
    } catch (ConformanceRun.TlsFailure e) {
      err.println("mplp conformance: " + e.getMessage());
      return UNREACHABLE;
    } catch (ConformanceRun.BadConfiguration e) {
      return usage(err, e.getMessage());
    } catch (IOException e) {
      err.println("mplp conformance: could not write the report: " + e.getMessage());
      return BAD_USAGE;
    }
  }

  /** No --target: the server a distribution bundles, if it bundles one. */
  private LocalTarget.Running startLocal() throws ConformanceRun.BadConfiguration {
    LocalTarget local =
        LocalTarget.find()
            .orElseThrow(
                () ->
                    new ConformanceRun.BadConfiguration(
                        "--target is required: this kit bundles no server of its own to start"));
    try {
      return local.start(embeddedTls);
    } catch (IOException | RuntimeException e) {
      throw new ConformanceRun.BadConfiguration("the local server did not start: " + e);
    }
  }

  private ConformanceRun.Options options() {
    if (timeoutSeconds < 1) {
      throw new IllegalArgumentException("--timeout must be at least 1 second");
    }
    if (restartCommand != null && restartCommand.isBlank()) {
      throw new IllegalArgumentException("--restart-command must not be empty");
    }
    if (!List.of("json", "xml", "all").contains(binding)) {
      throw new IllegalArgumentException("--binding must be json, xml or all, not " + binding);
    }
    if (parallel < 1 || parallel > 64) {
      throw new IllegalArgumentException("--parallel must be from 1 to 64, not " + parallel);
    }
    if (rerunFailures < 0 || rerunFailures > 5) {
      throw new IllegalArgumentException(
          "--rerun-failures must be from 0 to 5, not " + rerunFailures);
    }
    if (target != null) {
      TargetUrls.checkTarget(target);
    }
    if (httpBase != null) {
      if (target == null) {
        throw new IllegalArgumentException("--http-base needs --target");
      }
      TargetUrls.checkHttpBase(httpBase);
    }
    if (embeddedTls && target != null) {
      throw new IllegalArgumentException(
          "--embedded-tls is only for the in-process server, without --target");
    }
    if (cacert != null && target == null) {
      throw new IllegalArgumentException(
          "--cacert needs --target (with --embedded-tls the kit trusts the certificate it made)");
    }
    SSLContext tls;
    try {
      tls = cacert == null ? TlsTrust.jdkDefault() : TlsTrust.fromPem(cacert);
    } catch (TlsTrust.BadCertificateFile e) {
      throw new IllegalArgumentException("bad --cacert: " + e.getMessage(), e);
    }
    ExpectedFailures expected =
        expectedFailures == null
            ? ExpectedFailures.none()
            : ExpectedFailures.read(expectedFailures, java.time.LocalDate.now());
    AccountPool pool = accounts == null ? null : AccountsFile.read(accounts);
    URI base = httpBase != null ? httpBase : target == null ? null : TargetUrls.httpBaseOf(target);
    return new ConformanceRun.Options(
        target,
        base,
        report,
        binding,
        tags,
        Duration.ofSeconds(timeoutSeconds),
        expected,
        pool,
        tls,
        restartCommand,
        new Execution(parallel, rerunFailures, failOnNotRun));
  }

  private void checkTags() {
    if (tags != null) {
      try {
        TagExpressionParser.parse(tags);
      } catch (TagExpressionException e) {
        throw new IllegalArgumentException("--tags is not a tag expression: " + e.getMessage());
      }
    }
  }

  private int usage(PrintWriter err, String message) {
    err.println("mplp conformance: " + message);
    err.println("Try 'mplp conformance --help'.");
    return BAD_USAGE;
  }
}
