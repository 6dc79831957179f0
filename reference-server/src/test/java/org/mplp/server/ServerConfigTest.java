package org.mplp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.model.Limits;

class ServerConfigTest {

  @Test
  void theDefaultsAreThoseOfTheContract() {
    ServerConfig config = ServerConfig.defaults();
    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(7700);
    assertThat(config.dataDir()).isEqualTo(Path.of("mplp-data"));
    assertThat(config.limits())
        .isEqualTo(
            new Limits(
                131_072, 100, 5, 16, 16, 5, 60, 16_384, 10_000, 8L << 30, 256, 16, 600, 86_400,
                32L << 30, 20, 100, 256, 10, 15, 604_800, 16L << 30));
    assertThat(config.bindings()).containsExactly(Binding.JSON, Binding.XML);
  }

  @Test
  void withersChangeOneThing() {
    ServerConfig config = ServerConfig.defaults().withPort(0).withHost("::1");
    assertThat(config.port()).isZero();
    assertThat(config.host()).isEqualTo("::1");
    assertThat(config.limits()).isEqualTo(ServerConfig.DEFAULT_LIMITS);
  }

  @Test
  void theJsonBindingCannotBeLeftOut() {
    assertThatThrownBy(() -> ServerConfig.defaults().withBindings(EnumSet.of(Binding.XML)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON");
  }

  @Test
  void limitsBelowTheSchemasMinimumsAreRejected() {
    assertThatThrownBy(
            () ->
                ServerConfig.defaults()
                    .withLimits(
                        new Limits(
                            1023, 100, 5, 16, 16, 5, 60, 16_384, 10_000, 8L << 30, 1_000, 16, 600,
                            86_400, 32L << 30, 20, 100, 256, 10, 15, 604_800, 32L << 30)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                ServerConfig.defaults()
                    .withLimits(
                        new Limits(
                            1024, 0, 5, 16, 16, 5, 60, 16_384, 10_000, 8L << 30, 1_000, 16, 600,
                            86_400, 32L << 30, 20, 100, 256, 10, 15, 604_800, 32L << 30)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                ServerConfig.defaults()
                    .withLimits(
                        new Limits(
                            1024, 1, 0, 16, 16, 5, 60, 16_384, 10_000, 8L << 30, 1_000, 16, 600,
                            86_400, 32L << 30, 20, 100, 256, 10, 15, 604_800, 32L << 30)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void limitsThatBreakTheConstraintsBetweenThemAreRejected() {
    Limits d = Limits.DEFAULTS;
    Limits smallFrame =
        new Limits(
            6 * d.maxMessageBytes() + 1023,
            d.maxFramesPerSecond(),
            d.helloTimeoutSeconds(),
            d.maxDevicesPerAccount(),
            d.maxFramesBeforeLogin(),
            d.maxLoginFailures(),
            d.lockoutSeconds(),
            d.maxMessageBytes(),
            d.maxPendingMessages(),
            d.maxFileBytes(),
            d.maxFilesPerOffer(),
            d.maxOpenTransfers(),
            d.offerLifetimeSeconds(),
            d.transferLifetimeSeconds(),
            d.spoolQuotaBytes(),
            d.loginTimeoutSeconds(),
            d.maxLoginFailuresPerAddress(),
            d.maxConnectionsPerAddress(),
            d.requestHeadSeconds(),
            d.requestBodyIdleSeconds(),
            d.transferRetentionSeconds(),
            d.maxTransferBytes());
    assertThatThrownBy(() -> ServerConfig.defaults().withLimits(smallFrame))
        .hasMessageContaining("maxFrameBytes");
    Limits smallSpool =
        new Limits(
            d.maxFrameBytes(),
            d.maxFramesPerSecond(),
            d.helloTimeoutSeconds(),
            d.maxDevicesPerAccount(),
            d.maxFramesBeforeLogin(),
            d.maxLoginFailures(),
            d.lockoutSeconds(),
            d.maxMessageBytes(),
            d.maxPendingMessages(),
            d.maxFileBytes(),
            d.maxFilesPerOffer(),
            d.maxOpenTransfers(),
            d.offerLifetimeSeconds(),
            d.transferLifetimeSeconds(),
            d.maxFileBytes() - 1,
            d.loginTimeoutSeconds(),
            d.maxLoginFailuresPerAddress(),
            d.maxConnectionsPerAddress(),
            d.requestHeadSeconds(),
            d.requestBodyIdleSeconds(),
            d.transferRetentionSeconds(),
            d.maxTransferBytes());
    assertThatThrownBy(() -> ServerConfig.defaults().withLimits(smallSpool))
        .hasMessageContaining("spoolQuotaBytes");
    assertThatThrownBy(
            () -> ServerConfig.defaults().withLimits(d.withMaxTransferBytes(d.maxFileBytes() - 1)))
        .hasMessageContaining("maxTransferBytes");
    assertThatThrownBy(
            () ->
                ServerConfig.defaults().withLimits(d.withMaxTransferBytes(d.spoolQuotaBytes() + 1)))
        .hasMessageContaining("maxTransferBytes");
    assertThat(
            ServerConfig.defaults()
                .withLimits(d.withMaxTransferBytes(d.maxFileBytes()))
                .limits()
                .maxTransferBytes())
        .isEqualTo(d.maxFileBytes());
  }

  @Test
  void deadlinesAndPerAddressLimitsBelowTheSchemasMinimumsAreRejected() {
    Limits d = Limits.DEFAULTS;
    ServerConfig config = ServerConfig.defaults();
    assertThatThrownBy(() -> config.withLimits(d.withDeadlines(9, 10, 15)))
        .hasMessageContaining("schema's bounds");
    assertThatThrownBy(() -> config.withLimits(d.withDeadlines(20, 4, 15)))
        .hasMessageContaining("schema's bounds");
    assertThatThrownBy(() -> config.withLimits(d.withDeadlines(20, 10, 4)))
        .hasMessageContaining("schema's bounds");
    assertThatThrownBy(() -> config.withLimits(d.withAddressLimits(9, 256)))
        .hasMessageContaining("schema's bounds");
    assertThatThrownBy(() -> config.withLimits(d.withAddressLimits(100, 15)))
        .hasMessageContaining("schema's bounds");
    assertThat(config.withLimits(d.withDeadlines(10, 5, 5).withAddressLimits(10, 16)).limits())
        .isEqualTo(d.withDeadlines(10, 5, 5).withAddressLimits(10, 16));
  }

  @Test
  void portsOutOfRangeAreRejected() {
    assertThatThrownBy(() -> ServerConfig.defaults().withPort(65536))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServerConfig.defaults().withPort(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
