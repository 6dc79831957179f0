package org.mplp.spec.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One MPLP frame, the content of one WebSocket text message (spec: Transport, Frames). The sealed
 * hierarchy is the one registry of frame types: a client frame or a server frame, each a record
 * with a {@code TYPE} constant; the bindings read their type names from it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
public sealed interface Frame permits ClientFrame, ServerFrame {

  /** The frame's type name: the JSON {@code type} member and the XML root element. */
  @JsonIgnore
  String type();
}
