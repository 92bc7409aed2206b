package io.newsflow.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Drops blocks that annotators leave out even when they sit inside the article container: the
 * headline and standfirst, byline and dateline lines, photo credits, "Read more"/newsletter/share
 * lines, link-only teasers and trailing headings; stops at end-of-article markers ("Related stories",
 * "Comments"…).
 */
final class BlockFilter {
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)^(?:by|von|par|por|door|di|da|av|af|written by|words by|posted by|(?:additional )?reporting by|story by|edited by)\\s+\\S.{0,80}$");
    private static final Pattern DATELINE = Pattern.compile(
            "(?i)^(?:(?:published|updated|posted|last updated|modified|created|date)\\s*:?\\s*)?.{0,30}"
                    + "(?:\\b\\d{1,2}:\\d{2}\\b|\\b(?:19|20)\\d{2}\\b|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|"
                    + "\\b\\d{1,2}\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|\\b\\d+\\s+(?:hours?|minutes?|days?)\\s+ago\\b).{0,40}$");
    private static final Pattern DATELINE_LEAD = Pattern.compile("(?i)^(?:published|updated|posted|last updated|modified)\\b.{0,80}$");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(?:\\(?(?:photo|photograph|image|picture|pic|illustration|graphic|video|source|credit|foto|bild)s?(?: by)?\\s*[:|(]|"
                    + "image \\d+ of \\d+|\\d+ of \\d+$|\\(?(?:photo|image|picture)s? (?:by|courtesy)\\b).*");
    private static final Pattern CREDIT_TAIL = Pattern.compile(
            "(?i)(?:getty images|shutterstock|reuters|associated press|\\bap photo|\\bafp\\b|epa|alamy|istock|"
                    + "file photo|/ap|/afp|/reuters)\\)?\\.?$");
    private static final Pattern CAPTION_TAIL = Pattern.compile(
            "(?i)\\((?:image|photo|picture|pic|credit|video|foto|bild)s?\\s*:[^)]{0,80}\\)\\s*$");
    private static final Pattern INLINE_PROMO = Pattern.compile(
            "(?i)^(?:read more|read also|also read|see also|related|more|watch|listen|recommended|click here|sign up|"
                    + "subscribe|follow us|read next|read the full|lees ook|lire aussi|leia também|mehr zum thema|"
                    + "lesen sie auch|more on this|don't miss|must read|trending|top stories|most read|advertisement)\\b.{0,200}$");
    private static final Pattern TERMINATOR = Pattern.compile(
            "(?i)^(?:related(?: stories| articles| content| posts| coverage| news| reading| topics)?|comments?|\\d+ comments?|"
                    + "leave a (?:comment|reply)|more from .{1,40}|more stories|more news|more on .{1,40}|recommended(?: for you)?|you may also like|"
                    + "you might also like|most popular|most read|trending(?: now)?|popular stories|read next|what to read next|"
                    + "about the author|share this(?: article| story)?|sign up(?: for)?.{0,40}|newsletter|join the conversation|"
                    + "latest news|top stories|editor's picks|further reading|tags?|topics|filed under|see also|also on .{1,30}|"
                    + "(?:©|copyright|\\(c\\)).{0,60}|all rights reserved.{0,40}|thanks for signing up.{0,40}|reporting by .{1,120}|"
                    + "related topics|more in .{1,30}|up next|keep reading|this story has been shared .{0,40})[:.!]?$");
    /** Script-required notices and unrendered CMS shortcodes ("[button …]…[/button]"). */
    private static final Pattern MACHINE_TEXT = Pattern.compile(
            "(?i)^(?:.{0,80}\\b(?:requires|enable|turn on)\\s+javascript\\b.{0,80}|\\[[a-z_-]+(?:\\s[^\\]]*)?\\].*\\[/[a-z_-]+\\]\\W*)$");
    /** "Jane Doe, AP National Political Writer" style credit lines. */
    private static final Pattern ROLE_BYLINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3}(?:,| -| –| \\|)? .{0,50}\\b(?i:writer|correspondent|reporter|editor|"
                    + "contributor|columnist|staff|journalist)s?$");
    /** Subscription and follow-us pitches. */
    private static final Pattern PITCH = Pattern.compile(
            "(?i)^(?:if you (?:enjoyed|liked|value) this (?:article|story|post)|get access to|follow .{0,40}(?:full coverage|on twitter|"
                    + "on facebook|on instagram)|support (?:our|independent) journalism|become a (?:member|subscriber|supporter)|"
                    + "to continue reading|already a subscriber|subscribe (?:now|today|to)|download (?:the|our) app).{0,300}$");
    private static final Pattern ABOUT = Pattern.compile("(?i)^about(?: the)? \\S.{0,40}$");
    private static final Set<String> UTILITY_WORDS = Set.of(
            "facebook", "twitter", "share", "email", "print", "comments", "comment", "whatsapp", "linkedin", "pinterest",
            "reddit", "copy", "link", "tweet", "advertisement", "ad", "sponsored", "cookies", "save", "menu", "close",
            "share this", "share on", "follow", "subscribe", "more", "next", "previous", "prev", "back", "top", "home",
            "messenger", "telegram", "sms", "mail", "flipboard", "x", "the", "on", "via", "copied", "story", "continue",
            "reading", "article", "below", "advert", "advertising", "breaking", "news", "exclusive", "live", "anzeige", "publicité", "publicidad", "pubblicità", "shares", "show", "hide", "caption", "toggle", "expand", "image", "photo");

    private BlockFilter() {}

    static List<String> apply(List<TextBlock> blocks, Set<String> titles, Set<String> descriptions) {
        List<TextBlock> kept = new ArrayList<>();
        int keptChars = 0;
        int index = 0;
        int[] remaining = new int[blocks.size() + 1];
        for (int i = blocks.size() - 1; i >= 0; i--) remaining[i] = remaining[i + 1] + blocks.get(i).chars();
        for (TextBlock block : blocks) {
            index++;
            String text = block.text();
            String norm = normalize(text);
            if (norm.isEmpty()) continue;
            if (block.chars() < 300 && block.linkDensity() > 0.7) continue;
            if (titles.contains(norm) || (block.tag().equals("h1"))) continue;
            if (keptChars < 400 && descriptions.contains(norm) && !block.tag().equals("p")) continue;
            int len = text.length();
            if (len <= 120 && BYLINE.matcher(text).matches()) continue;
            if (keptChars < 200 && len <= 80 && (DATELINE.matcher(text).matches() && wordCount(text) <= 10 && !endsLikeSentence(text))) continue;
            if (len <= 120 && DATELINE_LEAD.matcher(text).matches()) continue;
            if (len <= 250 && CREDIT.matcher(text).matches()) continue;
            if (len <= 250 && !endsLikeSentence(text) && endsWithCredit(text)) continue;
            if (len <= 250 && endsWithCaptionCredit(text)) continue;
            if (len <= 60 && (TERMINATOR.matcher(text.strip()).matches() || block.isHeading() && ABOUT.matcher(text).matches())) {
                // an end-of-article marker ends the body only when most of the text is already behind us;
                // earlier it is an in-body box heading and only the marker line goes
                if (keptChars >= 300 && remaining[index] < keptChars) break;
                continue;
            }
            if (len <= 200 && INLINE_PROMO.matcher(text).matches() && (block.linkChars() > 0 || len <= 40)) continue;
            if (len <= 60 && isUtilityLine(norm)) continue;
            if (len <= 300 && mayBeMachineText(text) && MACHINE_TEXT.matcher(text).matches()) continue;
            if (len <= 100 && ROLE_BYLINE.matcher(text).matches()) continue;
            if (len <= 350 && PITCH.matcher(text).matches()) continue;
            if (len <= 150 && text.indexOf('©') >= 0 && !endsLikeSentence(text)) continue;
            kept.add(block);
            keptChars += block.chars();
        }
        while (!kept.isEmpty() && (kept.get(kept.size() - 1).isHeading() || kept.get(kept.size() - 1).text().length() < 20
                && !endsLikeSentence(kept.get(kept.size() - 1).text()))) {
            kept.remove(kept.size() - 1);
        }
        List<String> out = new ArrayList<>(kept.size());
        for (TextBlock b : kept) out.add(b.text());
        return out;
    }

    /** Cheap necessary condition of {@link #MACHINE_TEXT}: a shortcode starts with '[', a notice names JavaScript. */
    private static boolean mayBeMachineText(String text) {
        return text.startsWith("[") || text.toLowerCase(Locale.ROOT).contains("javascript");
    }

    /** "… Getty Images" style credit at the end; only the tail is matched, so cost is independent of length. */
    private static boolean endsWithCredit(String text) {
        return CREDIT_TAIL.matcher(text).region(Math.max(0, text.length() - 40), text.length()).find();
    }

    /** "… (Image: GETTY)" style credit at the end, tested from the last opening bracket only. */
    private static boolean endsWithCaptionCredit(String text) {
        int open = text.lastIndexOf('(');
        return open >= 0 && CAPTION_TAIL.matcher(text).region(open, text.length()).lookingAt();
    }

    /** Lower-cased letters and digits, every other run of characters as one blank, no blank at either end. */
    static String normalize(String text) {
        char[] out = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c)) out[n++] = c < 128 ? (char) (c | (c >= 'A' && c <= 'Z' ? 0x20 : 0)) : Character.toLowerCase(c);
            else if (n > 0 && out[n - 1] != ' ') out[n++] = ' ';
        }
        while (n > 0 && out[n - 1] == ' ') n--;
        return new String(out, 0, n);
    }

    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) ASCII_WORD[c] = Character.isLetterOrDigit(c);
    }

    private static boolean isUtilityLine(String norm) {
        for (String word : norm.split(" ")) {
            if (!UTILITY_WORDS.contains(word)) return false;
        }
        return true;
    }

    private static int wordCount(String text) {
        return text.split("\\s+").length;
    }

    static boolean endsLikeSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        return ".!?\"”’…:;".indexOf(last) >= 0 || last == '\u3002';
    }
}
