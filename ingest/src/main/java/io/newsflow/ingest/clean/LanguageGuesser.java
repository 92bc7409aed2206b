package io.newsflow.ingest.clean;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses the ISO 639-1 language of a text from its most frequent function words. Covers en, de, fr,
 * es, it, pt, nl, ru, sv, pl, id. Reads at most {@value #MAX_CHARS} characters; returns {@code null} when
 * fewer than {@value #MIN_HITS} stopwords were seen or no language clearly leads.
 */
final class LanguageGuesser {
    static final int MAX_CHARS = 5_000, MIN_HITS = 5;
    private static final Map<String, String[]> STOPWORDS = Map.ofEntries(
            Map.entry("en", "the of and to in is that for it was on with as are be this by at from have has not but".split(" ")),
            Map.entry("de", "der die und das ist nicht ein eine zu den mit sich des auf für dem im auch von es sie".split(" ")),
            Map.entry("fr", "le la les et des est une un du dans que pour qui pas sur au avec il ce sont par".split(" ")),
            Map.entry("es", "el la los las y de que en un una es por con para del se no al lo su como".split(" ")),
            Map.entry("it", "il la di che e è un una per non del della sono con si le gli dei alla anche".split(" ")),
            Map.entry("pt", "o a os as e de que do da em um uma para com não por dos das se no na é".split(" ")),
            Map.entry("nl", "de het een en van is dat op te in niet met voor zijn die er ook aan als".split(" ")),
            Map.entry("ru", "и в не на что с по он как это из к но за от так все был для".split(" ")),
            Map.entry("sv", "och att det som en är på för med av inte har den till om var jag de".split(" ")),
            Map.entry("pl", "i w nie na się z że do to jest jak o po co tak ale przez dla od".split(" ")),
            Map.entry("id", "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada adalah".split(" ")));
    private static final Map<String, List<String>> LANGUAGES_BY_WORD = index();

    private LanguageGuesser() {}

    private static Map<String, List<String>> index() {
        Map<String, List<String>> byWord = new HashMap<>();
        STOPWORDS.forEach((lang, words) -> {
            for (String w : words) {
                byWord.merge(w, List.of(lang), (a, b) -> {
                    List<String> joined = new java.util.ArrayList<>(a);
                    joined.addAll(b);
                    return List.copyOf(joined);
                });
            }
        });
        return Map.copyOf(byWord);
    }

    static String guess(String text) {
        if (text == null || text.isEmpty()) return null;
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Map<String, Integer> hits = new HashMap<>();
        int total = 0;
        for (String token : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            List<String> langs = LANGUAGES_BY_WORD.get(token);
            if (langs == null) continue;
            total++;
            for (String lang : langs) hits.merge(lang, 1, Integer::sum);
        }
        if (total < MIN_HITS) return null;
        String best = null;
        int bestHits = 0, second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) { second = bestHits; bestHits = e.getValue(); best = e.getKey(); }
            else if (e.getValue() > second) second = e.getValue();
        }
        return bestHits >= MIN_HITS && bestHits > second * 1.2 ? best : null;
    }

    /** Normalises a declared language tag ("en-US", "pt_BR", "EN") to ISO 639-1, or {@code null}. */
    static String normalizeTag(String tag) {
        if (tag == null) return null;
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int cut = 0;
        while (cut < t.length() && Character.isLetter(t.charAt(cut))) cut++;
        t = t.substring(0, cut);
        return t.length() == 2 ? t : null;
    }
}
