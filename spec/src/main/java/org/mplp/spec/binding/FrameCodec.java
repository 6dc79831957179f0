package org.mplp.spec.binding;

import org.mplp.spec.model.Frame;

/**
 * Turns frames into text and back in one binding. Implementations are thread-safe; decode validates
 * against the binding's schema first, so every frame it returns is valid.
 */
public interface FrameCodec {

  Frame decode(String text) throws FrameDecodeException;

  String encode(Frame frame);

  Binding binding();

  static FrameCodec forBinding(Binding binding) {
    return switch (binding) {
      case JSON -> JsonFrameCodec.INSTANCE;
      case XML -> XmlFrameCodec.INSTANCE;
    };
  }
}
