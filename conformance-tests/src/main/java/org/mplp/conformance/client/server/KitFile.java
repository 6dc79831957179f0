package org.mplp.conformance.client.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file of a transfer the kit offers to the client: what the offer announces, the bytes it
 * serves, its state and its download token.
 */
public final class KitFile {
  final int index;
  final String name;
  final String path;
  final byte[] bytes;
  final String sha256;
  volatile String state = "offered";
  volatile String token;
  volatile String failure;

  KitFile(int index, String name, String path, byte[] bytes) {
    this.index = index;
    this.name = name;
    this.path = path;
    this.bytes = bytes.clone();
    this.sha256 = sha256(bytes);
  }

  public int index() {
    return index;
  }

  public String name() {
    return name;
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  /** Bytes of a given size that differ from file to file, and are not all alike. */
  public static byte[] content(String seed, int size) {
    byte[] bytes = new byte[size];
    byte[] pattern =
        (seed + " - the conformance kit's test bytes - ").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < size; i++) {
      bytes[i] = (byte) (pattern[i % pattern.length] + i / pattern.length);
    }
    return bytes;
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
