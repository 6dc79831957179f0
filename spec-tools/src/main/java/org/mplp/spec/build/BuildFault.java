package org.mplp.spec.build;

/** One reason the spec build fails, with where it was found ("file:line", or empty if unknown). */
record BuildFault(String where, String message) {

  static BuildFault at(String file, int line, String message) {
    if (file == null || file.isEmpty()) {
      return new BuildFault("", message);
    }
    return new BuildFault(line > 0 ? file + ":" + line : file, message);
  }

  static BuildFault general(String message) {
    return new BuildFault("", message);
  }

  @Override
  public String toString() {
    return where.isEmpty() ? message : where + ": " + message;
  }
}
