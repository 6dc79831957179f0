package org.mplp.conformance.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.mplp.conformance.client.ClientRunSettings;
import org.mplp.conformance.driver.Binding;
import org.mplp.conformance.driver.RunSettings;
import org.mplp.conformance.driver.Transcripts;
import org.mplp.conformance.report.ScenarioResult;

/** Runs the packaged scenarios once, in one binding, through the JUnit Platform Launcher. */
final class ScenarioLauncher {
  /**
   * The classpath directory the build copies ../features into. Cucumber selects a directory of
   * features on the classpath (also inside the jar) by a package selector; a classpath-resource
   * selector names single feature files.
   */
  static final String FEATURES = "features";

  static final String GLUE = "org.mplp.conformance.steps";

  /** The client mode's steps, and the tag of its scenarios (spec: Testing a client). */
  static final String CLIENT_GLUE = "org.mplp.conformance.client.steps";

  static final String CLIENT_TAG = "@client";

  private ScenarioLauncher() {}

  static List<ScenarioResult> run(RunSettings settings, String tags, Path reportDir) {
    RunSettings.install(settings);
    return launch(settings.binding(), GLUE, both("not " + CLIENT_TAG, tags), reportDir, "");
  }

  /** The client scenarios in one binding, against the client the settings' adapter runs. */
  static List<ScenarioResult> runClient(ClientRunSettings settings, String tags, Path reportDir) {
    ClientRunSettings.install(settings);
    return launch(settings.binding(), CLIENT_GLUE, both(CLIENT_TAG, tags), reportDir, "client-");
  }

  private static String both(String kind, String tags) {
    return tags == null || tags.isBlank() ? kind : kind + " and (" + tags + ")";
  }

  private static List<ScenarioResult> launch(
      Binding binding, String glue, String tags, Path reportDir, String prefix) {
    Transcripts.clear();
    LauncherDiscoveryRequestBuilder request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectPackage(FEATURES))
            .filters(EngineFilter.includeEngines("cucumber"))
            .configurationParameter("cucumber.glue", glue)
            .configurationParameter(
                "cucumber.plugin",
                "message:"
                    + reportDir.resolve("cucumber-" + prefix + binding.wireName() + ".ndjson"))
            .configurationParameter("cucumber.publish.quiet", "true")
            .configurationParameter("cucumber.ansi-colors.disabled", "true")
            .configurationParameter("cucumber.execution.parallel.enabled", "false")
            .configurationParameter("cucumber.junit-platform.naming-strategy", "short")
            .configurationParameter(
                "cucumber.junit-platform.naming-strategy.short.example-name", "pickle")
            .configurationParameter("cucumber.filter.tags", tags);
    LauncherDiscoveryRequest discovery = request.build();
    ScenarioListener listener = new ScenarioListener(binding.wireName());
    Launcher launcher = LauncherFactory.create();
    launcher.execute(discovery, listener);
    return listener.results();
  }
}
