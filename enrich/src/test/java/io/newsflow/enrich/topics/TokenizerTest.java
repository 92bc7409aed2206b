package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  @Test
  void keepsAbbreviationsNumbersAndHyphenatedWordsWhole() {
    List<Token> tokens = Tokenizer.tokenize("Mr. Smith paid $1,000.50 for a well-known U.S. brand.");
    assertThat(tokens).extracting(Token::text)
        .containsExactly("Mr.", "Smith", "paid", "$", "1,000.50", "for", "a", "well-known", "U.S.", "brand", ".");
    assertThat(tokens).extracting(Token::sentence).containsOnly(0);
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "Lavrov spoke.\nHe left!";
    for (Token t : Tokenizer.tokenize(text)) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  @Test
  void startsSentencesAfterEndMarksAndLineBreaks() {
    List<Token> tokens = Tokenizer.tokenize("It rained. Then it stopped\nNew line");
    assertThat(tokens).filteredOn(Token::sentenceStart).extracting(Token::text)
        .containsExactly("It", "Then", "New");
  }

  @Test
  void emptyTextHasNoTokens() {
    assertThat(Tokenizer.tokenize("")).isEmpty();
    assertThat(Tokenizer.tokenize("   \n ")).isEmpty();
  }
}
