// SASLprep (RFC 4013) of a password before it is salted, as RFC 5802 asks: spaces mapped, the
// characters "commonly mapped to nothing" dropped, NFKC, and prohibited characters refused.
// A device credential is base64url ASCII and passes through unchanged.

// RFC 3454 C.1.2: non-ASCII spaces, mapped to U+0020.
const NON_ASCII_SPACE = /[\u00A0\u1680\u2000-\u200B\u202F\u205F\u3000]/g;
// RFC 3454 B.1: mapped to nothing.
const MAPPED_TO_NOTHING =
  /[\u00AD\u034F\u1806\u180B-\u180D\u200C\u200D\u2060\uFE00-\uFE0F\uFEFF]/g;
// RFC 3454 C.2 to C.9, the parts that matter in a typed password: controls, private use,
// non-characters, surrogates, and the tagging and bidirectional format characters.
const PROHIBITED = new RegExp(
  '[\\u0000-\\u001F\\u007F-\\u009F\\u0340\\u0341\\u06DD\\u070F\\u180E\\u200E\\u200F'
    + '\\u2028-\\u202E\\u2061-\\u2063\\u206A-\\u206F\\uE000-\\uF8FF\\uFDD0-\\uFDEF\\uFFF9-\\uFFFD'
    + '\\uD800-\\uDFFF\\u{E0001}-\\u{E007F}\\u{F0000}-\\u{FFFFD}\\u{100000}-\\u{10FFFD}]',
  'u');

export function saslPrep(text) {
  const prepared =
    text.replace(NON_ASCII_SPACE, ' ').replace(MAPPED_TO_NOTHING, '').normalize('NFKC');
  if (PROHIBITED.test(prepared)) {
    throw new Error('the password holds a character SASLprep prohibits');
  }
  return prepared;
}
