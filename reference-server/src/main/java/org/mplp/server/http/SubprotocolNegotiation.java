package org.mplp.server.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mplp.spec.binding.Binding;

/** Picks the binding of a connection from the subprotocols a client offers (REQ-TRANSPORT-005). */
public final class SubprotocolNegotiation {

  private SubprotocolNegotiation() {}

  /** The tokens of all Sec-WebSocket-Protocol header lines, in the client's order. */
  public static List<String> offered(List<String> headerValues) {
    List<String> tokens = new ArrayList<>();
    for (String value : headerValues) {
      for (String token : value.split(",")) {
        String trimmed = token.trim();
        if (!trimmed.isEmpty()) {
          tokens.add(trimmed);
        }
      }
    }
    return tokens;
  }

  /** The first offered subprotocol the server supports: the client lists its preference first. */
  public static Optional<Binding> choose(List<String> offered, Set<Binding> supported) {
    for (String token : offered) {
      Optional<Binding> binding = Binding.forSubprotocol(token).filter(supported::contains);
      if (binding.isPresent()) {
        return binding;
      }
    }
    return Optional.empty();
  }

  /** "mplp.1.json, mplp.1.xml": for the refusal's body. */
  public static String describe(Set<Binding> supported) {
    return supported.stream().map(Binding::subprotocol).collect(Collectors.joining(", "));
  }
}
