package io.newsflow.enrich.quotes;

/**
 * One attributed quote found by {@link QuoteExtractor}.
 *
 * <p>Offsets are Java {@code String} indices into the text given to {@link QuoteExtractor#extract(String)},
 * end exclusive. Direct quotes include their quote marks. When a quote is made of several fragments (an
 * interrupted quote {@code "A," he said, "B."} or a sentence with a parenthetical attribution), {@code start} is the
 * first fragment's start, {@code end} the last fragment's end, and {@code text} holds the fragments joined by a single
 * space (the PolNeAR convention), so {@code text} is then not a substring of the input.
 *
 * @param text           quote content
 * @param start          start offset (inclusive)
 * @param end            end offset (exclusive)
 * @param kind           DIRECT (all inside quote marks), INDIRECT (reported speech), MIXED (reported speech with quoted parts)
 * @param speakerMention speaker as written at the attribution site (may be a pronoun), or {@code null}
 * @param mentionStart   start of the mention, -1 when there is none
 * @param mentionEnd     end of the mention, -1 when there is none
 * @param speaker        normalised full name ("Sergey Lavrov"), or {@code null} when unresolved or not a named source
 * @param speakerRole    title or role words ("Russian Foreign Minister"), or {@code null}
 * @param cue            the attribution cue as written ("said", "took to Telegram to remark", "according to"), or {@code null}
 */
public record ExtractedQuote(String text, int start, int end, Kind kind,
    String speakerMention, int mentionStart, int mentionEnd,
    String speaker,
    String speakerRole,
    String cue) {

  /** How the content is reported. */
  public enum Kind { DIRECT, INDIRECT, MIXED }

  /** Speaker id of {@link #speaker()} (see {@link SpeakerIds}), or {@code null} when the speaker is unresolved. */
  public String speakerId() {
    return speaker == null ? null : SpeakerIds.idOf(speaker);
  }
}
