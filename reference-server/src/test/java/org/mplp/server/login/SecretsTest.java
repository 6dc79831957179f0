package org.mplp.server.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mplp.server.store.ScramKeys;

/** Random secrets in the spec's shapes, and fake keys that depend on the name and secret only. */
class SecretsTest {

  private final RandomSecrets secrets = new RandomSecrets(new SecureRandom());

  @Test
  void randomSecretsHaveTheSchemasShapes() {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      assertThat(secrets.deviceCredential()).matches("[A-Za-z0-9_-]{43}");
      assertThat(secrets.password()).hasSizeBetween(16, 128).matches("[A-Za-z0-9]+");
      String name = secrets.accountName();
      assertThat(name).matches("[0-9a-z][0-9a-z_.]{0,31}").doesNotContain("-");
      names.add(name);
    }
    assertThat(names).hasSize(200);
  }

  @Test
  void fakeKeysAreStablePerNameAndSecretAndLookReal() {
    byte[] secret = new byte[32];
    secret[0] = 1;
    ScramKeys a = new FakeKeys(secret).forName("alice");
    ScramKeys again = new FakeKeys(secret.clone()).forName("alice");
    ScramKeys bob = new FakeKeys(secret).forName("bob");
    ScramKeys otherServer = new FakeKeys(new byte[32]).forName("alice");
    assertThat(a.salt()).hasSize(Scram.SALT_BYTES).isEqualTo(again.salt());
    assertThat(a.storedKey()).hasSize(32).isEqualTo(again.storedKey());
    assertThat(a.iterations()).isEqualTo(Scram.ITERATIONS);
    assertThat(bob.salt()).isNotEqualTo(a.salt());
    assertThat(otherServer.salt()).isNotEqualTo(a.salt());
    ScramKeys real = Scram.keysOf("pw".toCharArray(), new SecureRandom());
    assertThat(real.salt()).hasSameSizeAs(a.salt());
    assertThat(real.storedKey()).hasSameSizeAs(a.storedKey());
  }
}
