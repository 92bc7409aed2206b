package io.newsflow.common.ids;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic ids, so every stage is idempotent and a replay converges to the same rows. */
public final class Ids {
  private Ids() {}

  /** Article id: the first 32 hex digits of SHA-256 of the canonical URL. */
  public static String articleId(String canonicalUrl) {
    return sha256Hex(canonicalUrl).substring(0, 32);
  }

  /** Quote id: hash of the article id, the quote's offsets and its text. */
  public static String quoteId(String articleId, int start, int end, String text) {
    return sha256Hex(articleId + '\u0000' + start + '\u0000' + end + '\u0000' + text).substring(0, 32);
  }

  public static String sha256Hex(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
