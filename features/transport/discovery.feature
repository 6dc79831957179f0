Feature: Discovery document
  Before it connects, a client learns from the document at /.well-known/mplp where the control
  channel is, which bindings and profiles the server speaks, and the limits it enforces.

  # REQ-TRANSPORT-001: A server MUST serve its discovery document in answer to
  # `GET /.well-known/mplp` on the port of its control channel, with media type `application/json`.
  @REQ-TRANSPORT-001 @must @profile-core
  Scenario: The discovery document is served as JSON on the control channel's port
    When a client fetches the discovery document from the control channel's host and port
    Then the answer has status 200 and media type application/json

  # REQ-TRANSPORT-002: The discovery document MUST validate against `discovery.schema.json`.
  @REQ-TRANSPORT-002 @must @profile-core
  Scenario: The discovery document validates against its schema
    When a client fetches the discovery document
    Then the document validates against discovery.schema.json

  # REQ-TRANSPORT-003: A server MUST list the JSON binding, subprotocol `mplp.1.json`, in its
  # discovery document.
  @REQ-TRANSPORT-003 @must @profile-core
  Scenario: The discovery document lists the JSON binding
    When a client fetches the discovery document
    Then the document lists the binding json with subprotocol mplp.1.json
