package io.newsflow.enrich.quotes.eval;

import io.newsflow.common.json.Json;
import io.newsflow.enrich.quotes.ExtractedQuote;
import java.util.List;
import java.util.Locale;

/**
 * Writes one predictions line: {@code {"id":…, "quotes":[{"quote","speaker","speaker_id","role","cue","kind","start",
 * "end"}]}}. Offsets are converted to Unicode code points so they index the text like the gold files do.
 */
final class PredictionJson {
  private PredictionJson() {}

  static String line(String id, String text, List<ExtractedQuote> quotes) {
    StringBuilder sb = new StringBuilder(256 + quotes.size() * 200);
    sb.append("{\"id\":");
    Json.appendQuoted(sb, id);
    sb.append(",\"quotes\":[");
    for (int i = 0; i < quotes.size(); i++) {
      ExtractedQuote q = quotes.get(i);
      if (i > 0) {
        sb.append(',');
      }
      sb.append("{\"quote\":");
      Json.appendQuoted(sb, q.text());
      sb.append(",\"speaker\":");
      Json.appendQuoted(sb, q.speaker() != null ? q.speaker() : q.speakerMention());
      sb.append(",\"speaker_id\":");
      Json.appendQuoted(sb, q.speakerId());
      sb.append(",\"role\":");
      Json.appendQuoted(sb, q.speakerRole());
      sb.append(",\"cue\":");
      Json.appendQuoted(sb, q.cue());
      sb.append(",\"kind\":");
      Json.appendQuoted(sb, q.kind().name().toLowerCase(Locale.ROOT));
      sb.append(",\"start\":").append(text.codePointCount(0, q.start()));
      sb.append(",\"end\":").append(text.codePointCount(0, q.end()));
      sb.append('}');
    }
    return sb.append("]}").toString();
  }
}
