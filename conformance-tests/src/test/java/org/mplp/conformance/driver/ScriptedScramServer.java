package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One login's server side, scripted, with SCRAM-SHA-256 computed from the JDK's primitives (RFC
 * 5802 section 3), so that the kit's SCRAM client is checked by code it does not share. It can
 * misbehave the ways the kit must catch.
 */
final class ScriptedScramServer implements Peer {
  enum Fault {
    NONE,
    WRONG_SIGNATURE,
    FOREIGN_NONCE,
    REFUSE_PROOF
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SALT = "W22ZaJ0SNY7soEsUEjb6gQ==";
  private static final int ITERATIONS = 4096;

  private final String password;
  private final Fault fault;
  private final FrameReader reader = FrameReader.forBinding(Binding.JSON);
  private final Deque<WireEvent> out = new ArrayDeque<>();
  private final Inbox inbox =
      new Inbox(wait -> out.isEmpty() ? new WireEvent.Nothing(0) : out.poll());
  private int ids;
  private String clientFirstBare;
  private String serverFirst;
  boolean proofVerified;

  ScriptedScramServer(String password, Fault fault) {
    this.password = password;
    this.fault = fault;
  }

  @Override
  public String newId() {
    return "c" + ++ids;
  }

  @Override
  public FrameWriter writer() {
    return FrameWriter.forBinding(Binding.JSON);
  }

  @Override
  public Inbox inbox() {
    return inbox;
  }

  @Override
  public Duration timeout() {
    return Duration.ofSeconds(1);
  }

  @Override
  public void send(String text) {
    try {
      JsonNode frame = JSON.readTree(text);
      String id = frame.path("id").asText();
      if (frame.path("type").asText().equals("login")) {
        String clientFirst = frame.path("clientFirst").asText();
        clientFirstBare = clientFirst.substring(clientFirst.indexOf(",,") + 2);
        String nonce = clientFirstBare.substring(clientFirstBare.indexOf("r=") + 2);
        String serverNonce = (fault == Fault.FOREIGN_NONCE ? "someoneElse" : nonce) + "s3rv3r";
        serverFirst = "r=" + serverNonce + ",s=" + SALT + ",i=" + ITERATIONS;
        answer(
            JSON.createObjectNode()
                .put("type", "login-challenge")
                .put("replyTo", id)
                .put("serverFirst", serverFirst)
                .toString());
      } else {
        proof(id, frame.path("clientFinal").asText());
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private void proof(String id, String clientFinal) throws GeneralSecurityException {
    String withoutProof = clientFinal.substring(0, clientFinal.indexOf(",p="));
    byte[] proof =
        Base64.getDecoder().decode(clientFinal.substring(clientFinal.indexOf(",p=") + 3));
    String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
    byte[] salted = salted(password);
    byte[] clientKey = hmac(salted, "Client Key");
    byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
    byte[] clientSignature = hmac(storedKey, authMessage);
    byte[] recovered = new byte[proof.length];
    for (int i = 0; i < proof.length; i++) {
      recovered[i] = (byte) (proof[i] ^ clientSignature[i]);
    }
    proofVerified =
        MessageDigest.isEqual(MessageDigest.getInstance("SHA-256").digest(recovered), storedKey);
    if (fault == Fault.REFUSE_PROOF || !proofVerified) {
      answer(
          "{\"type\":\"error\",\"replyTo\":\""
              + id
              + "\",\"code\":\"bad-credential\",\"fatal\":false,\"message\":\"no\"}");
      return;
    }
    byte[] serverKey =
        hmac(fault == Fault.WRONG_SIGNATURE ? salted("not " + password) : salted, "Server Key");
    String verifier = Base64.getEncoder().encodeToString(hmac(serverKey, authMessage));
    answer(
        "{\"type\":\"login-ok\",\"replyTo\":\""
            + id
            + "\",\"serverFinal\":\"v="
            + verifier
            + "\",\"self\":{\"address\":\"235683-PC-1\",\"type\":\"PC\",\"label\":\"PC\","
            + "\"presence\":\"online\",\"role\":\"primary\",\"loginTime\":\"2026-11-24T09:01:44Z\","
            + "\"clientName\":\"c\",\"clientVersion\":\"1\",\"lastIp\":\"127.0.0.1\"},"
            + "\"multiPoint\":false,\"devices\":[]}");
  }

  private void answer(String text) {
    out.add(new WireEvent.Frame(reader.read(text)));
  }

  private static byte[] salted(String password) throws GeneralSecurityException {
    PBEKeySpec spec =
        new PBEKeySpec(password.toCharArray(), Base64.getDecoder().decode(SALT), ITERATIONS, 256);
    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
  }

  private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
  }
}
