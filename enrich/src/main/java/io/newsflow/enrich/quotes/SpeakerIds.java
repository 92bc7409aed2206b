package io.newsflow.enrich.quotes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable speaker ids, equal across articles for the same normalised name: the name is lower-cased, stripped of
 * diacritics and punctuation, whitespace-collapsed, and hashed with SHA-256; the id is the first 16 hex characters.
 * "Sergey Lavrov", "sergey  lavrov" and "Sérgey Lavrov." share one id.
 */
public final class SpeakerIds {
  private SpeakerIds() {}

  /**
   * @param normalisedName a speaker name as returned in {@link ExtractedQuote#speaker()}
   * @return 16 lower-case hex characters
   * @throws IllegalArgumentException when the name is null or has no letter or digit
   */
  public static String idOf(String normalisedName) {
    String key = canonicalKey(normalisedName);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("speaker name has no letters or digits: " + normalisedName);
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /** Lower-case, diacritics removed, punctuation dropped, single spaces. */
  static String canonicalKey(String name) {
    if (name == null) {
      throw new IllegalArgumentException("speaker name is null");
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && out.length() > 0) {
          out.append(' ');
        }
        pendingSpace = false;
        out.append(c);
      } else if (Character.isWhitespace(c) || c == '-') {
        pendingSpace = true;
      }
      // other punctuation (periods, apostrophes) is dropped without a space: "O'Brien" == "OBrien", "Jr." == "Jr"
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
