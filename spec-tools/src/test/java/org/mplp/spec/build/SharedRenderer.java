package org.mplp.spec.build;

/** One booted Asciidoctor for every test in the JVM: booting JRuby takes seconds. */
final class SharedRenderer {

  private static SpecRenderer renderer;

  private SharedRenderer() {}

  static synchronized SpecRenderer get() {
    if (renderer == null) {
      renderer = SpecRenderer.boot();
    }
    renderer.drainLog();
    return renderer;
  }
}
