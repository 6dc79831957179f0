package org.mplp.server.ops;

/** Counts the frames of control channels by type, for the metrics an operator watches. */
public interface FrameMeter {

  /** Counts nothing: for servers and tests without metrics. */
  FrameMeter NONE =
      new FrameMeter() {
        @Override
        public void received(String type) {}

        @Override
        public void sent(String type) {}
      };

  /** A valid frame of this type arrived. */
  void received(String type);

  /** A frame of this type was written. */
  void sent(String type);
}
