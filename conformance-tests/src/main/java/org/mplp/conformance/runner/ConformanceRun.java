package org.mplp.conformance.runner;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import org.mplp.conformance.driver.AccountPool;
import org.mplp.conformance.driver.AccountSource;
import org.mplp.conformance.driver.Binding;
import org.mplp.conformance.driver.DiscoveryResponse;
import org.mplp.conformance.driver.DriverException;
import org.mplp.conformance.driver.Http;
import org.mplp.conformance.driver.Reachability;
import org.mplp.conformance.driver.RunSettings;
import org.mplp.conformance.driver.TlsTrust;
import org.mplp.conformance.report.Parallelism;
import org.mplp.conformance.report.ReportWriter;
import org.mplp.conformance.report.Requirement;
import org.mplp.conformance.report.RequirementResult;
import org.mplp.conformance.report.RunContext;
import org.mplp.conformance.report.RunReport;
import org.mplp.conformance.report.ScenarioResult;
import org.mplp.conformance.report.Verdict;

/**
 * One run against one target: fetch discovery, run the scenarios once per binding, apply the
 * expected failures, write the reports.
 */
final class ConformanceRun {
  /**
   * The settings of a run, checked by {@link ConformanceMain}.
   *
   * @param tls what every HTTPS request and wss connection of the run trusts
   * @param restartCommand crashes and restarts the target (--restart-command), or null
   * @param execution scenarios at once (fewer if the target's maxConnectionsPerAddress asks it),
   *     reruns, and whether a scenario that did not run fails the run
   */
  record Options(
      URI target,
      URI httpBase,
      Path reportDir,
      String binding,
      String tags,
      Duration timeout,
      ExpectedFailures expected,
      AccountPool accounts,
      SSLContext tls,
      String restartCommand,
      Execution execution) {

    /** The same run against a server the kit started itself, trusting only its certificate. */
    Options against(LocalTarget.Running local) throws BadConfiguration {
      SSLContext trust = tls;
      if (local.certificate().isPresent()) {
        try {
          trust = TlsTrust.fromPem(local.certificate().get());
        } catch (TlsTrust.BadCertificateFile e) {
          throw new BadConfiguration("the local server's certificate: " + e.getMessage());
        }
      }
      URI url = local.controlUri();
      return new Options(
          url,
          TargetUrls.httpBaseOf(url),
          reportDir,
          binding,
          tags,
          timeout,
          expected,
          accounts,
          trust,
          restartCommand,
          execution);
    }
  }

  /** The target cannot be reached: exit code 3. */
  static final class Unreachable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreachable(String message) {
      super(message);
    }
  }

  /** The target answered, but TLS with it failed (often an untrusted certificate): exit code 3. */
  static final class TlsFailure extends Exception {
    private static final long serialVersionUID = 1L;

    TlsFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The run cannot start as asked (e.g. a binding the target does not list): exit code 2. */
  static final class BadConfiguration extends Exception {
    private static final long serialVersionUID = 1L;

    BadConfiguration(String message) {
      super(message);
    }
  }

  private static final String DISCOVERY_CHECK =
      "The discovery document the runner fetched validates against discovery.schema.json";

  private ConformanceRun() {}

  static RunReport run(
      Options options, List<Requirement> registry, List<ScenarioCatalog.Entry> selected)
      throws Unreachable, TlsFailure, BadConfiguration, IOException {
    Instant started = Instant.now();
    long start = System.nanoTime();
    Http.install(options.tls());
    DiscoveryResponse discovery = discovery(options);
    List<ScenarioResult> results = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<String> problems = problems(discovery);
    if (!problems.isEmpty()) {
      results.add(discoveryFailure(discovery, problems));
    }
    JsonNode document = discovery.document();
    List<Binding> bindings = List.of();
    URI target = options.target();
    RunContext.Implementation implementation = null;
    int accountsNeeded = 0;
    Parallelism parallel = Parallelism.asAsked(options.execution().parallel());
    if (usable(document)) {
      bindings = bindings(options.binding(), document, notes);
      target = TargetUrls.withEndpoint(target, document.path("endpoint").asText("/mplp"));
      Set<String> profiles = profiles(document);
      Map<Binding, Integer> needed =
          Preflight.accountsNeeded(selected, bindings, profiles, options.restartCommand() != null);
      accountsNeeded = Preflight.total(needed);
      Preflight.requireAccounts(needed, selected.size(), profiles, options.accounts());
      implementation = TargetWelcome.read(target, bindings.get(0), options.timeout()).orElse(null);
      if (implementation == null) {
        notes.add("No welcome named the implementation before the run (see the scenarios).");
      }
      // One source for every binding: an account used in one binding is not used again.
      AccountSource accounts = accounts(options, profiles, target);
      if (options.accounts() != null && !(accounts instanceof AccountPool)) {
        notes.add("The target claims provisioning, so the accounts of --accounts were not used.");
      }
      parallel = scenariosAtOnce(document, options.execution().parallel());
      for (Binding binding : bindings) {
        RunSettings settings =
            new RunSettings(
                target,
                options.httpBase(),
                binding,
                options.timeout(),
                document,
                accounts,
                options.restartCommand());
        List<ScenarioResult> ran =
            ScenarioLauncher.run(settings, options.tags(), options.reportDir(), parallel.atOnce());
        if (ran.isEmpty() && !selected.isEmpty()) {
          results.add(noneRan(binding, selected.size()));
        }
        results.addAll(Reruns.apply(settings, ran, options));
      }
      notes.add(
          "Test accounts: "
              + accounts.taken()
              + " taken from "
              + accounts.describe()
              + "; the selected scenarios need at most "
              + accountsNeeded
              + " (a scenario skipped before its first step takes none).");
    } else {
      notes.add("The discovery document is unusable, so no scenario ran: " + problems);
    }
    List<ScenarioResult> marked = results.stream().map(options.expected()::apply).toList();
    notes.addAll(options.expected().notes());
    RunContext context =
        new RunContext(
            KitIdentity.current(),
            implementation,
            options.tags(),
            options.execution().failOnNotRun(),
            parallel,
            accountsNeeded);
    RunReport report =
        new RunReport(
            target.toString(),
            options.httpBase().toString(),
            started,
            (System.nanoTime() - start) / 1_000_000,
            bindings.stream().map(Binding::wireName).toList(),
            marked,
            RequirementResult.aggregate(registry, marked),
            notes,
            context);
    ReportWriter.write(report, options.reportDir());
    return report;
  }

  private static DiscoveryResponse discovery(Options options) throws Unreachable, TlsFailure {
    try {
      return DiscoveryResponse.fetch(options.httpBase(), options.timeout());
    } catch (DriverException e) {
      Optional<SSLException> tls = TlsTrust.tlsFailure(e);
      if (tls.isPresent()) {
        throw tlsFailure(options.httpBase(), tls.get());
      }
      if (handshakeStalled(options, e)) {
        throw new TlsFailure(
            "TLS handshake with "
                + options.httpBase()
                + " got no answer within "
                + options.timeout().toSeconds()
                + " s, though the port accepts connections: is the server speaking TLS on that"
                + " port? (ws:// and http:// for a plaintext server)",
            e);
      }
      throw new Unreachable(e.getMessage());
    }
  }

  /** The most connections one scenario holds open at once: devices, data requests, a probe. */
  static final int CONNECTIONS_PER_SCENARIO = 5;

  /**
   * The scenarios run at once: as many as asked, fewer when their connections, all from the kit's
   * one address, would reach the target's maxConnectionsPerAddress (spec: Limits, REQ-LIMIT-009).
   */
  static Parallelism scenariosAtOnce(JsonNode document, int asked) {
    JsonNode limit = document.path("limits").path(CONNECTION_CAP);
    int connections = limit.canConvertToInt() ? limit.intValue() : Integer.MAX_VALUE;
    int atOnce = Math.max(1, Math.min(asked, (connections - 1) / CONNECTIONS_PER_SCENARIO));
    return atOnce == asked
        ? Parallelism.asAsked(asked)
        : new Parallelism(asked, atOnce, CONNECTION_CAP + " " + connections);
  }

  private static final String CONNECTION_CAP = "maxConnectionsPerAddress";

  private static Set<String> profiles(JsonNode document) {
    Set<String> profiles = new LinkedHashSet<>();
    document.path("profiles").forEach(p -> profiles.add(p.asText()));
    return profiles;
  }

  /**
   * An https connection that timed out where TCP connects: the handshake got no answer, as from a
   * plaintext server that waits for the end of a request line that a ClientHello never sends.
   */
  private static boolean handshakeStalled(Options options, DriverException e) {
    if (!"https".equalsIgnoreCase(options.httpBase().getScheme())) {
      return false;
    }
    boolean timedOut = false;
    for (Throwable t = e; t != null; t = t.getCause()) {
      timedOut |= t instanceof HttpConnectTimeoutException;
    }
    if (!timedOut) {
      return false;
    }
    try {
      Reachability.requireReachable(options.httpBase(), options.timeout());
      return true;
    } catch (DriverException unreachable) {
      return false;
    }
  }

  /** One line: what failed, and what --cacert would change. */
  private static TlsFailure tlsFailure(URI httpBase, SSLException e) {
    String reason = String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip();
    String advice =
        TlsTrust.certificateRejected(e)
            ? "its certificate is not trusted or does not name the host; to trust the server's"
                + " certificate or the CA that issued it, pass it as PEM with --cacert FILE"
            : "is it speaking TLS on that port? If its certificate is the problem, pass the"
                + " server's certificate or its CA as PEM with --cacert FILE";
    return new TlsFailure(
        "TLS handshake with " + httpBase + " failed (" + reason + "): " + advice, e);
  }

  private static AccountSource accounts(Options options, Set<String> profiles, URI target) {
    return AccountSource.forTarget(
        profiles, TargetUrls.httpBaseOf(target), options.timeout(), options.accounts());
  }

  private static List<String> problems(DiscoveryResponse d) {
    List<String> problems = new ArrayList<>();
    if (d.status() != 200) {
      problems.add("GET " + d.uri() + " answered status " + d.status());
    }
    problems.addAll(d.schemaViolations());
    return problems;
  }

  private static boolean usable(JsonNode d) {
    return d != null
        && d.isObject()
        && d.path("bindings").isArray()
        && d.path("limits").isObject()
        && d.path("endpoint").isTextual();
  }

  private static ScenarioResult discoveryFailure(DiscoveryResponse d, List<String> problems) {
    return ScenarioResult.of(
        DISCOVERY_CHECK,
        "Runner checks",
        DiscoveryResponse.PATH,
        List.of("@REQ-TRANSPORT-002", "@must", "@profile-core"),
        "-",
        Verdict.FAILED,
        "Expected the discovery document at "
            + d.uri()
            + " to validate against discovery.schema.json, but "
            + String.join("; ", problems)
            + ". This breaks REQ-TRANSPORT-002.",
        "GET " + d.uri() + " -> " + d.status() + " " + d.contentType() + "\n" + d.body(),
        0);
  }

  /** Scenarios were selected but none reported back: the kit is broken, never "conformant". */
  private static ScenarioResult noneRan(Binding binding, int selected) {
    return ScenarioResult.of(
        "The scenarios the kit selected ran",
        "Runner checks",
        "runner",
        List.of(),
        binding.wireName(),
        Verdict.ERROR,
        "The kit selected "
            + selected
            + " scenarios, but the JUnit Platform ran none of them in the "
            + binding.wireName()
            + " binding: the kit itself is broken (see the log for the cause).",
        "",
        0);
  }

  /** The bindings to run: the one asked for, or every one listed (JSON always: it is mandatory). */
  private static List<Binding> bindings(String asked, JsonNode document, List<String> notes)
      throws BadConfiguration {
    Set<Binding> listed = new LinkedHashSet<>();
    for (JsonNode b : document.path("bindings")) {
      String name = b.path("name").asText();
      Binding.forName(name)
          .ifPresentOrElse(
              listed::add,
              () -> notes.add("The target lists a binding the kit does not know: " + name));
    }
    if (!asked.equals("all")) {
      Binding binding = Binding.forName(asked).orElseThrow();
      if (!listed.contains(binding) && binding != Binding.JSON) {
        throw new BadConfiguration(
            "The target's discovery document does not list the " + asked + " binding");
      }
      return List.of(binding);
    }
    List<Binding> all = new ArrayList<>();
    all.add(Binding.JSON);
    listed.stream().filter(b -> b != Binding.JSON).forEach(all::add);
    return all;
  }
}
