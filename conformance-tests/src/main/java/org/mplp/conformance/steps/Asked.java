package org.mplp.conformance.steps;

import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.WireEvent;

/** A frame a device sent, by type and id, and what came back for it: the answer steps judge it. */
record Asked(String type, String id, WireEvent answer) {
  /** The answer when it is a frame of that type replying to this one, else null. */
  ReceivedFrame reply(String answerType) {
    return answer instanceof WireEvent.Frame f
            && f.frame().is(answerType)
            && id.equals(f.frame().replyTo())
        ? f.frame()
        : null;
  }

  /** "the rename-device f3", for assertion messages. */
  String describe() {
    return "the " + type + " " + id;
  }
}
