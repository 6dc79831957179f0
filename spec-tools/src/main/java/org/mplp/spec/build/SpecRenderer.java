package org.mplp.spec.build;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;

/**
 * One Asciidoctor (one JRuby) for the whole build: loads the spec for extraction and renders it to
 * HTML, with PlantUML diagrams drawn in-process and every logged problem collected.
 */
final class SpecRenderer implements AutoCloseable {

  // AsciidoctorJ also logs to this java.util.logging logger; our handler reports instead, once.
  // A static reference keeps the logger, and so its level, from being collected.
  private static final Logger JUL_LOGGER = Logger.getLogger("asciidoctor");

  private final Asciidoctor asciidoctor;
  private final AsciidoctorLog log = new AsciidoctorLog();

  private SpecRenderer(Asciidoctor asciidoctor) {
    this.asciidoctor = asciidoctor;
  }

  /** Boots JRuby and Asciidoctor; takes seconds, so do it once. */
  static SpecRenderer boot() {
    // PlantUML draws with AWT; without a display it must know to run headless.
    System.setProperty("java.awt.headless", "true");
    JUL_LOGGER.setLevel(Level.OFF);
    Asciidoctor asciidoctor = Asciidoctor.Factory.create();
    asciidoctor.requireLibrary("asciidoctor-diagram");
    asciidoctor.javaExtensionRegistry().treeprocessor(new RequirementLabeler());
    SpecRenderer renderer = new SpecRenderer(asciidoctor);
    asciidoctor.registerLogHandler(renderer.log);
    return renderer;
  }

  /** Parses the spec, with source locations, for extraction; diagrams land in the HTML dir. */
  Document load(Path index, Path generated, Path html) {
    return asciidoctor.loadFile(index.toFile(), options(index, generated, html, false).build());
  }

  /** Parses AsciiDoc text, for tests of the extraction. */
  Document loadString(String source, Path baseDir) {
    Options options =
        Options.builder()
            .safe(SafeMode.UNSAFE)
            .sourcemap(true)
            .baseDir(baseDir.toFile())
            .attributes(attributes(baseDir, baseDir, false))
            .build();
    return asciidoctor.load(source, options);
  }

  /** Renders the spec to {@code html/index.html}, with requirement labels. */
  void render(Path index, Path generated, Path html) {
    File htmlDir = html.toFile();
    asciidoctor.convertFile(
        index.toFile(),
        options(index, generated, html, true)
            .toDir(htmlDir)
            .toFile(new File(htmlDir, "index.html"))
            .mkDirs(true)
            .build());
  }

  /** Everything Asciidoctor logged that fails the build, since the last call. */
  List<BuildFault> drainLog() {
    return log.drain();
  }

  private static org.asciidoctor.OptionsBuilder options(
      Path index, Path generated, Path html, boolean labels) {
    return Options.builder()
        .safe(SafeMode.UNSAFE)
        .sourcemap(true)
        .baseDir(index.toAbsolutePath().getParent().toFile())
        .attributes(attributes(generated, html, labels));
  }

  private static Attributes attributes(Path generated, Path html, boolean labels) {
    Attributes attributes =
        Attributes.builder()
            .attribute("generated", generated.toAbsolutePath().toString())
            .attribute("webfonts!")
            // A misspelt attribute reference would silently vanish from the text; make it a
            // warning.
            .attribute("attribute-missing", "warn@")
            // Soft default (the trailing @ lets a block or the document choose another format).
            .attribute("plantuml-format", "svg@")
            .attribute("imagesdir", "images")
            .attribute("imagesoutdir", html.resolve("images").toAbsolutePath().toString())
            .attribute(
                "diagram-cachedir", generated.resolve("diagram-cache").toAbsolutePath().toString())
            .build();
    if (labels) {
      attributes.setAttribute(RequirementLabeler.ENABLE, "");
    }
    return attributes;
  }

  @Override
  public void close() {
    asciidoctor.unregisterLogHandler(log);
    asciidoctor.shutdown();
  }
}
