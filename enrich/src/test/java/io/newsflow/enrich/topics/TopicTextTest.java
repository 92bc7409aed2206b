package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTextTest {
  private static final String TITLE = "Lavrov meets Kerry on Syria";
  private static final List<String> BODY = List.of(
      "Russian Foreign Minister Sergey Lavrov met U.S. Secretary of State John Kerry in Geneva on Monday.",
      "Lavrov's ministry said the talks on Syria's elections were useful; Kerry's aides agreed.");

  @Test
  void joinsTitleAndParagraphsLikeTheEnricherAndStemsEachWordOnce() {
    TopicText text = TopicText.of(TITLE, BODY);
    assertThat(text.text()).isEqualTo(TITLE + "\n" + BODY.get(0) + "\n" + BODY.get(1));
    assertThat(text.titleEnd).isEqualTo(TITLE.length());
    int ministry = indexOf(text, "ministry");
    assertThat(text.norm[ministry]).isEqualTo("ministry");
    assertThat(text.stems[ministry]).isEqualTo("ministri");
    int lavrovs = indexOf(text, "Lavrov's");
    assertThat(text.norm[lavrovs]).isEqualTo("lavrov");
    assertThat(text.stems[indexOf(text, ";")]).isNull();
  }

  @Test
  void theSharedViewGivesTheSameResultsAsTheTextApis() {
    TopicText text = TopicText.of(TITLE, BODY);
    assertThat(new KeyphraseExtractor().extract(text, 10)).isEqualTo(new KeyphraseExtractor().extract(TITLE, BODY, 10));
    assertThat(new CategoryClassifier().classify(text)).isEqualTo(new CategoryClassifier().classify(TITLE, BODY));
    assertThat(new EntityExtractor().extract(text)).isEqualTo(new EntityExtractor().extract(text.text()));
  }

  @Test
  void countsTheTokensThatFitInAPrefix() {
    TopicText text = TopicText.of("ab cd", 2);
    assertThat(text.tokensWithin(0)).isZero();
    assertThat(text.tokensWithin(2)).isEqualTo(1);
    assertThat(text.tokensWithin(4)).isEqualTo(1);
    assertThat(text.tokensWithin(5)).isEqualTo(2);
  }

  @Test
  void boundsTheTextAndRejectsANegativeTitleLength() {
    char[] big = new char[TopicText.MAX_CHARS + 100];
    Arrays.fill(big, 'a');
    assertThat(TopicText.of(new String(big), 0).text()).hasSize(TopicText.MAX_CHARS);
    assertThat(TopicText.of((String) null, List.of()).text()).isEmpty();
    assertThatThrownBy(() -> TopicText.of("x", -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void memoisedStemsAreThePorterStems() {
    for (String w : List.of("elections", "useful", "agreed", "talks", "ministries")) {
      assertThat(Stems.of(w)).isEqualTo(PorterStemmer.stem(w));
      assertThat(Stems.of(w)).isSameAs(Stems.of(w));
    }
  }

  private static int indexOf(TopicText text, String surface) {
    for (int i = 0; i < text.tokens.size(); i++) if (text.tokens.get(i).text().equals(surface)) return i;
    throw new AssertionError("no token " + surface);
  }
}
