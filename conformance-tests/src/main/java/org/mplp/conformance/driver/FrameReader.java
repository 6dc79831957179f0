package org.mplp.conformance.driver;

/**
 * Reads a text message the server sent: one frame, well-formed, of a type a server sends (from the
 * schemas, {@link FrameSchemas#serverTypes}), valid against its schema.
 */
public interface FrameReader {
  String ONE_FRAME = "REQ-TRANSPORT-007";
  String VALID_FRAME = "REQ-TRANSPORT-008";

  ReceivedFrame read(String text);

  static FrameReader forBinding(Binding binding) {
    return binding == Binding.JSON ? new JsonFrameReader() : new XmlFrameReader();
  }
}
