package org.mplp.server.control;

import org.mplp.spec.binding.Binding;

/** Fixed frame texts, one set per binding, that the control-channel tests send. */
record WireSamples(
    String hello,
    String helloPreferring99,
    String helloOnly99,
    String ping,
    String malformed,
    String unknownType,
    String schemaViolation,
    String welcome) {

  static WireSamples of(Binding binding) {
    return binding == Binding.JSON ? JSON : XML;
  }

  static final WireSamples JSON =
      new WireSamples(
          "{\"type\":\"hello\",\"id\":\"c1\",\"versions\":[\"1.0\"]}",
          "{\"type\":\"hello\",\"id\":\"c1\",\"versions\":[\"9.9\",\"1.0\"]}",
          "{\"type\":\"hello\",\"id\":\"c1\",\"versions\":[\"9.9\"]}",
          "{\"type\":\"ping\",\"id\":\"c2\"}",
          "{\"type\":\"ping\",",
          "{\"type\":\"frobnicate\",\"id\":\"c3\"}",
          "{\"type\":\"hello\",\"id\":\"c4\",\"versions\":[\"x\"]}",
          "{\"type\":\"welcome\",\"replyTo\":\"c1\",\"version\":\"1.0\","
              + "\"server\":{\"name\":\"a\",\"version\":\"1\"},\"profiles\":[],"
              + "\"limits\":{\"maxFrameBytes\":131072,\"maxFramesPerSecond\":100,"
              + "\"helloTimeoutSeconds\":5,\"maxDevicesPerAccount\":16,\"maxFramesBeforeLogin\":16,"
              + "\"maxLoginFailures\":5,\"lockoutSeconds\":60,\"maxMessageBytes\":16384,"
              + "\"maxPendingMessages\":10000,\"maxFileBytes\":8589934592,\"maxFilesPerOffer\":1000,"
              + "\"maxOpenTransfers\":16,\"offerLifetimeSeconds\":600,"
              + "\"transferLifetimeSeconds\":86400,\"spoolQuotaBytes\":34359738368,"
              + "\"loginTimeoutSeconds\":20,\"maxLoginFailuresPerAddress\":100,"
              + "\"maxConnectionsPerAddress\":256,\"requestHeadSeconds\":10,"
              + "\"requestBodyIdleSeconds\":15,\"transferRetentionSeconds\":604800,"
              + "\"maxTransferBytes\":17179869184}}");

  static final WireSamples XML =
      new WireSamples(
          "<hello xmlns=\"urn:mplp:1\" id=\"c1\"><version>1.0</version></hello>",
          "<hello xmlns=\"urn:mplp:1\" id=\"c1\"><version>9.9</version><version>1.0</version></hello>",
          "<hello xmlns=\"urn:mplp:1\" id=\"c1\"><version>9.9</version></hello>",
          "<ping xmlns=\"urn:mplp:1\" id=\"c2\"/>",
          "<ping xmlns=\"urn:mplp:1\" id=\"c2\"",
          "<frobnicate xmlns=\"urn:mplp:1\" id=\"c3\"/>",
          "<hello xmlns=\"urn:mplp:1\" id=\"c4\"><version>x</version></hello>",
          "<welcome xmlns=\"urn:mplp:1\" replyTo=\"c1\"><version>1.0</version>"
              + "<server><name>a</name><version>1</version></server>"
              + "<limits><maxFrameBytes>131072</maxFrameBytes>"
              + "<maxFramesPerSecond>100</maxFramesPerSecond>"
              + "<helloTimeoutSeconds>5</helloTimeoutSeconds><maxDevicesPerAccount>16</maxDevicesPerAccount>"
              + "<maxFramesBeforeLogin>16</maxFramesBeforeLogin><maxLoginFailures>5</maxLoginFailures>"
              + "<lockoutSeconds>60</lockoutSeconds><maxMessageBytes>16384</maxMessageBytes>"
              + "<maxPendingMessages>10000</maxPendingMessages><maxFileBytes>8589934592</maxFileBytes>"
              + "<maxFilesPerOffer>1000</maxFilesPerOffer><maxOpenTransfers>16</maxOpenTransfers>"
              + "<offerLifetimeSeconds>600</offerLifetimeSeconds>"
              + "<transferLifetimeSeconds>86400</transferLifetimeSeconds>"
              + "<spoolQuotaBytes>34359738368</spoolQuotaBytes>"
              + "<loginTimeoutSeconds>20</loginTimeoutSeconds>"
              + "<maxLoginFailuresPerAddress>100</maxLoginFailuresPerAddress>"
              + "<maxConnectionsPerAddress>256</maxConnectionsPerAddress>"
              + "<requestHeadSeconds>10</requestHeadSeconds>"
              + "<requestBodyIdleSeconds>15</requestBodyIdleSeconds>"
              + "<transferRetentionSeconds>604800</transferRetentionSeconds>"
              + "<maxTransferBytes>17179869184</maxTransferBytes></limits></welcome>");
}
