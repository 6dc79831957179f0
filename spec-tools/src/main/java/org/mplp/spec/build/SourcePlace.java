package org.mplp.spec.build;

import org.asciidoctor.ast.ContentNode;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.StructuralNode;

/** Where a node of a loaded document came from; needs the document loaded with sourcemap on. */
final class SourcePlace {

  private SourcePlace() {}

  /** "file:line" of the node, or of its nearest ancestor that knows (table cells do not). */
  static String of(ContentNode node) {
    for (ContentNode current = node; current != null; current = current.getParent()) {
      if (current instanceof StructuralNode structural) {
        Cursor cursor = structural.getSourceLocation();
        if (cursor != null) {
          return describe(cursor);
        }
      }
    }
    return "";
  }

  static String describe(Cursor cursor) {
    if (cursor == null) {
      return "";
    }
    String file = cursor.getFile() != null ? cursor.getFile() : cursor.getPath();
    if (file == null) {
      file = "<document>";
    }
    return cursor.getLineNumber() > 0 ? file + ":" + cursor.getLineNumber() : file;
  }
}
