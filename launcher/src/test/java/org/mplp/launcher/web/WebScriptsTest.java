package org.mplp.launcher.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.client.TestServer;

/**
 * The web client's own modules, run in Chromium as the page loads them: the streaming SHA-256
 * against WebCrypto and the FIPS 180-4 vectors, SCRAM against RFC 7677's example, SASLprep, and the
 * file name rules of the spec.
 */
class WebScriptsTest {
  @TempDir static Path temp;
  private static TestServer server;
  private static WebDevice web;

  @BeforeAll
  static void open() throws Exception {
    server = TestServer.start(temp.resolve("server"));
    web = WebDevice.open(WithBrowserAndCli.httpBase(server), temp.resolve("browser"));
    web.waitFor("#login-form");
  }

  @AfterAll
  static void close() {
    web.close();
    server.close();
  }

  /** Runs an async function body with the named module imported as m; returns its result. */
  private Object withModule(String module, String body) {
    return web.asyncScript(
        "const done = arguments[arguments.length - 1];"
            + "import('/js/"
            + module
            + "').then(async (m) => { "
            + body
            + " }).then(done, (e) => done('threw: ' + e));");
  }

  @Test
  void sha256GivesTheKnownDigests() {
    Object digests =
        withModule(
            "sha256.js",
            "const hex = (s) => new m.Sha256().update(new TextEncoder().encode(s)).hex();"
                + "const million = new m.Sha256();"
                + "for (let i = 0; i < 1000; i++) million.update(new Uint8Array(1000).fill(97));"
                + "return [hex(''), hex('abc'),"
                + " hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'), million.hex()];");
    assertThat(digests)
        .isEqualTo(
            List.of(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
                "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
  }

  @Test
  void sha256InPiecesAgreesWithWebCrypto() {
    Object mismatches =
        withModule(
            "sha256.js",
            "const hex = (b) => Array.from(new Uint8Array(b), (x) => x.toString(16).padStart(2,"
                + " '0')).join('');"
                + "const bad = [];"
                + "for (const size of [0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000, 4097,"
                + " 100003, 3000001]) {"
                + "  const data = new Uint8Array(size);"
                + "  for (let i = 0; i < size; i += 65536) crypto.getRandomValues(data.subarray(i,"
                + " Math.min(size, i + 65536)));"
                + "  const expected = hex(await crypto.subtle.digest('SHA-256', data));"
                + "  const hash = new m.Sha256();"
                + "  let at = 0, step = 1;"
                + "  while (at < size) { hash.update(data.subarray(at, at + step)); at += step;"
                + " step = (step * 7 + 3) % 9001 + 1; }"
                + "  if (hash.hex() !== expected) bad.push(size);"
                + "  const blob = await m.hashBlob(new Blob([data]));"
                + "  if (blob !== expected) bad.push('blob ' + size);"
                + "}"
                + "return bad;");
    assertThat(mismatches).isEqualTo(List.of());
  }

  @Test
  void scramComputesRfc7677sProofAndChecksTheServersSignature() {
    Object result =
        withModule(
            "scram.js",
            "const client = new m.ScramClient('user', 'pencil', 'rOprNGfwEbeRWgbNEkqO');"
                + "const first = client.clientFirst;"
                + "const final = await client.clientFinal('r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096');"
                + "client.verifyServer('v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=');"
                + "let refused = 'accepted';"
                + "try { client.verifyServer('v=AAAATRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4='); }"
                + " catch (e) { refused = e.message; }"
                + "return [first, final, refused];");
    assertThat(result)
        .isEqualTo(
            List.of(
                "n,,n=user,r=rOprNGfwEbeRWgbNEkqO",
                "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                    + "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
                "the server's signature is wrong: it does not know this credential"));
  }

  @Test
  void saslPrepMapsAndRefusesAsRfc4013Says() {
    Object result =
        withModule(
            "saslprep.js",
            "let refused = false; try { m.saslPrep('a\\u0007b'); } catch { refused = true; }"
                + "return [m.saslPrep('I\\u00ADX'), m.saslPrep('user'), m.saslPrep('\\u00AA'),"
                + " m.saslPrep('\\u2168'), m.saslPrep('a\\u00A0b'), refused];");
    assertThat(result).isEqualTo(List.of("IX", "user", "a", "IX", "a b", true));
  }

  @Test
  void fileNamesFollowTheSpecsRules() {
    Object result =
        withModule(
            "names.js",
            "const allowed = ['report.pdf', 'day 1', 'a..b', 'é.txt'].map(m.segmentAllowed);"
                + "const refused = ['', '.', '..', 'a/b', 'a\\\\b', 'c:x', 'x?', 'x.', 'x ',"
                + " 'CON', 'con.txt', 'Lpt1.log', 'nul', 'a\\u0000b', 'x'.repeat(256)]"
                + ".map(m.segmentAllowed);"
                + "const safe = ['../etc/passwd', 'C:\\\\x', 'con.txt', 'x. ', 'a\\u202Eb', '..',"
                + " 'ok.txt'].map(m.safeSegment);"
                + "return { allowed, refused, safe,"
                + " paths: [m.pathAllowed('trip/day 1'), m.pathAllowed('/etc'),"
                + " m.pathAllowed('a//b'), m.pathAllowed(Array(17).fill('d').join('/'))],"
                + " shown: m.displayName('a\\u202Eb\\u0007c'),"
                + " numbered: [m.numberedName('report.pdf', 1), m.numberedName('notes', 2)] };");
    assertThat(result)
        .isEqualTo(
            Map.of(
                "allowed", List.of(true, true, true, true),
                "refused",
                    List.of(
                        false, false, false, false, false, false, false, false, false, false, false,
                        false, false, false, false),
                "safe", List.of(".._etc_passwd", "C__x", "_con.txt", "x", "ab", "file", "ok.txt"),
                "paths", List.of(true, false, false, false),
                "shown", "ab\uFFFDc",
                "numbered", List.of("report (1).pdf", "notes (2)")));
  }
}
