package org.mplp.conformance.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.mplp.conformance.client.ClientRunSettings;
import org.mplp.conformance.driver.Binding;
import org.mplp.conformance.driver.RunSettings;
import org.mplp.conformance.driver.Transcripts;
import org.mplp.conformance.report.ScenarioResult;

/**
 * Runs the packaged scenarios in one binding through the JUnit Platform Launcher: first those that
 * may run beside others, {@code parallel} at a time (of them, those tagged {@link #FAILED_LOGINS}
 * one at a time), then those tagged {@link #SERIAL}, one after another and alone (rate limits,
 * address-wide limits), those also tagged {@link #LAST} at the end. Scenarios take fresh accounts
 * and devices, so the first pass needs no order; each keeps its own transcript.
 */
final class ScenarioLauncher {
  /**
   * The classpath directory the build copies ../features into. Cucumber selects a directory of
   * features on the classpath (also inside the jar) by a package selector; a classpath-resource
   * selector names single feature files.
   */
  static final String FEATURES = "features";

  static final String GLUE = "org.mplp.conformance.steps";

  /** The tag of a scenario that must run alone, after the others. */
  static final String SERIAL = "@serial";

  /**
   * The tag of a serial scenario that runs after the other serial ones: one that shuts the kit's
   * address out for a while, so that nothing of the run meets the shutter if the target keeps it
   * closed longer than the spec lets it.
   */
  static final String LAST = "@last";

  /**
   * The tag of a scenario that fails password logins on purpose, within the budget the kit keeps
   * below maxLoginFailuresPerAddress: it runs beside other scenarios, but never beside another one
   * so tagged, so that each finds the budget as it would in a run one scenario at a time (a login
   * on a connection opened before its own failures does not wait for room into the target's
   * loginTimeoutSeconds).
   */
  static final String FAILED_LOGINS = "@failed-logins";

  /** The client mode's steps, and the tag of its scenarios (spec: Testing a client). */
  static final String CLIENT_GLUE = "org.mplp.conformance.client.steps";

  static final String CLIENT_TAG = "@client";

  private ScenarioLauncher() {}

  static List<ScenarioResult> run(RunSettings settings, String tags, Path reportDir, int parallel) {
    RunSettings.install(settings);
    Transcripts.clear();
    ScenarioListener listener = new ScenarioListener(settings.binding().wireName());
    // The client mode's scenarios judge a client: never part of a server's run.
    String selected =
        (tags == null || tags.isBlank() ? "" : "(" + tags + ") and ")
            + "not "
            + CLIENT_TAG
            + " and ";
    launch(
        GLUE,
        List.of(selectPackage(FEATURES)),
        selected + "not " + SERIAL,
        parallel,
        reportDir.resolve(ndjson(settings.binding(), "")),
        listener);
    launch(
        GLUE,
        List.of(selectPackage(FEATURES)),
        selected + SERIAL + " and not " + LAST,
        1,
        reportDir.resolve(ndjson(settings.binding(), "-serial")),
        listener);
    launch(
        GLUE,
        List.of(selectPackage(FEATURES)),
        selected + SERIAL + " and " + LAST,
        1,
        reportDir.resolve(ndjson(settings.binding(), "-last")),
        listener);
    return listener.results();
  }

  /** The client scenarios in one binding, one at a time, against the client the adapter runs. */
  static List<ScenarioResult> runClient(ClientRunSettings settings, String tags, Path reportDir) {
    ClientRunSettings.install(settings);
    Transcripts.clear();
    ScenarioListener listener = new ScenarioListener(settings.binding().wireName());
    String selected =
        tags == null || tags.isBlank() ? CLIENT_TAG : CLIENT_TAG + " and (" + tags + ")";
    launch(
        CLIENT_GLUE,
        List.of(selectPackage(FEATURES)),
        selected,
        1,
        reportDir.resolve("cucumber-client-" + settings.binding().wireName() + ".ndjson"),
        listener);
    return listener.results();
  }

  /** Runs one scenario again, alone, at its feature resource and line. */
  static ScenarioResult rerun(RunSettings settings, ScenarioResult failed, Path reportDir) {
    RunSettings.install(settings);
    String location = failed.location();
    int colon = location.lastIndexOf(':');
    String resource = location.substring(0, colon);
    int line = Integer.parseInt(location.substring(colon + 1));
    ScenarioListener listener = new ScenarioListener(settings.binding().wireName());
    launch(
        GLUE,
        List.of(selectClasspathResource(resource, FilePosition.from(line))),
        null,
        1,
        reportDir.resolve(ndjson(settings.binding(), "-rerun")),
        listener);
    List<ScenarioResult> again = listener.results();
    return again.isEmpty() ? null : again.get(0);
  }

  private static String ndjson(Binding binding, String pass) {
    return "cucumber-" + binding.wireName() + pass + ".ndjson";
  }

  private static void launch(
      String glue,
      List<DiscoverySelector> selectors,
      String tags,
      int parallel,
      Path messages,
      ScenarioListener listener) {
    LauncherDiscoveryRequestBuilder request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(new ArrayList<>(selectors))
            .filters(EngineFilter.includeEngines("cucumber"))
            .configurationParameter("cucumber.glue", glue)
            .configurationParameter("cucumber.plugin", "message:" + messages)
            .configurationParameter("cucumber.publish.quiet", "true")
            .configurationParameter("cucumber.ansi-colors.disabled", "true")
            .configurationParameter("cucumber.junit-platform.naming-strategy", "short")
            .configurationParameter(
                "cucumber.junit-platform.naming-strategy.short.example-name", "pickle");
    if (parallel > 1) {
      String n = String.valueOf(parallel);
      request
          .configurationParameter("cucumber.execution.parallel.enabled", "true")
          .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
          .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism", n)
          .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size", n)
          .configurationParameter(
              "cucumber.execution.exclusive-resources."
                  + FAILED_LOGINS.substring(1)
                  + ".read-write",
              "org.mplp.conformance.failed-login-budget");
    } else {
      request.configurationParameter("cucumber.execution.parallel.enabled", "false");
    }
    if (tags != null) {
      request.configurationParameter("cucumber.filter.tags", tags);
    }
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request.build(), listener);
  }
}
