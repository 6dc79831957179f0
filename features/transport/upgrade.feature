Feature: WebSocket upgrade
  The control channel is a WebSocket at the discovery document's endpoint; the subprotocol the
  client offers chooses the binding.

  # REQ-TRANSPORT-004: A server MUST accept a WebSocket upgrade at the path named by `endpoint` for
  # every subprotocol its discovery document lists.
  @REQ-TRANSPORT-004 @must @profile-core
  Scenario: The endpoint accepts an upgrade for every listed subprotocol
    Given the discovery document of the server
    When a client upgrades at the endpoint once for each subprotocol the document lists
    Then every upgrade is accepted

  # REQ-TRANSPORT-005: A server MUST name the one subprotocol it selected in the
  # `Sec-WebSocket-Protocol` header of its upgrade response.
  @REQ-TRANSPORT-005 @must @profile-core
  Scenario: The upgrade response names the one subprotocol selected
    When a client upgrades offering an unknown subprotocol first and the negotiated one second
    Then the upgrade response names the negotiated subprotocol

  # REQ-TRANSPORT-006: A server MUST refuse, with HTTP status 400, an upgrade request that offers
  # none of its subprotocols.
  @REQ-TRANSPORT-006 @must @profile-core
  Scenario: An upgrade offering only unknown subprotocols is refused with 400
    When a client upgrades offering only the subprotocol mplp.0.unknown
    Then the upgrade is refused with HTTP status 400

  # REQ-TRANSPORT-006: A server MUST refuse, with HTTP status 400, an upgrade request that offers
  # none of its subprotocols.
  @REQ-TRANSPORT-006 @must @profile-core
  Scenario: An upgrade offering no subprotocol at all is refused with 400
    When a client upgrades offering no subprotocol
    Then the upgrade is refused with HTTP status 400

  # REQ-TRANSPORT-012: A server MUST refuse an upgrade request whose `Sec-WebSocket-Version` header
  # is missing or other than `13` with HTTP status 426 and the header `Sec-WebSocket-Version: 13`.
  @REQ-TRANSPORT-012 @must @profile-core
  Scenario Outline: An upgrade in the WebSocket draft <draft> is refused with 426
    When a client asks for an upgrade in the WebSocket draft <draft>
    Then the upgrade is refused with HTTP status 426 and Sec-WebSocket-Version 13

    Examples:
      | draft    |
      | hixie-75 |
      | hixie-76 |
      | hybi-08  |
