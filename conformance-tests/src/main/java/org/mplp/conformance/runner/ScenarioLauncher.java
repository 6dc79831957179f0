package org.mplp.conformance.runner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.nio.file.Path;
import java.util.List;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
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

  private ScenarioLauncher() {}

  /** Runs the scenarios the tags select, {@code parallel} at once. */
  static List<ScenarioResult> run(RunSettings settings, String tags, Path reportDir, int parallel) {
    return run(settings, tags, reportDir, parallel, "");
  }

  /** As above; {@code pass} tells apart the Cucumber messages of several passes in one binding. */
  static List<ScenarioResult> run(
      RunSettings settings, String tags, Path reportDir, int parallel, String pass) {
    Binding binding = settings.binding();
    RunSettings.install(settings);
    Transcripts.clear();
    LauncherDiscoveryRequestBuilder request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectPackage(FEATURES))
            .filters(EngineFilter.includeEngines("cucumber"))
            .configurationParameter("cucumber.glue", GLUE)
            .configurationParameter(
                "cucumber.plugin",
                "message:" + reportDir.resolve("cucumber-" + binding.wireName() + pass + ".ndjson"))
            .configurationParameter("cucumber.publish.quiet", "true")
            .configurationParameter("cucumber.ansi-colors.disabled", "true")
            .configurationParameter(
                "cucumber.execution.parallel.enabled", Boolean.toString(parallel > 1))
            .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
            .configurationParameter(
                "cucumber.execution.parallel.config.fixed.parallelism", Integer.toString(parallel))
            .configurationParameter(
                "cucumber.execution.parallel.config.fixed.max-pool-size",
                Integer.toString(parallel))
            .configurationParameter("cucumber.junit-platform.naming-strategy", "short")
            .configurationParameter(
                "cucumber.junit-platform.naming-strategy.short.example-name", "pickle");
    if (tags != null && !tags.isBlank()) {
      request.configurationParameter("cucumber.filter.tags", tags);
    }
    LauncherDiscoveryRequest discovery = request.build();
    ScenarioListener listener = new ScenarioListener(binding.wireName());
    Launcher launcher = LauncherFactory.create();
    launcher.execute(discovery, listener);
    return listener.results();
  }
}
