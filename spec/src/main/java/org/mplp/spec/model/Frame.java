package org.mplp.spec.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One MPLP frame, the content of one WebSocket text message (spec: Transport, Frames). */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Hello.class, name = Hello.TYPE),
  @JsonSubTypes.Type(value = Welcome.class, name = Welcome.TYPE),
  @JsonSubTypes.Type(value = Ping.class, name = Ping.TYPE),
  @JsonSubTypes.Type(value = Pong.class, name = Pong.TYPE),
  @JsonSubTypes.Type(value = ErrorFrame.class, name = ErrorFrame.TYPE)
})
public sealed interface Frame permits Hello, Welcome, Ping, Pong, ErrorFrame {

  /** The frame's type name: the JSON {@code type} member and the XML root element. */
  @JsonIgnore
  String type();
}
