package io.newsflow.ingest.clean;

/**
 * One serialised block of text: a paragraph, heading, list item or table cell.
 *
 * @param text      whitespace-normalised text
 * @param tag       tag of the innermost block element that produced it ({@code p}, {@code h2}, {@code li}…)
 * @param chars     non-whitespace characters
 * @param linkChars non-whitespace characters inside links
 */
record TextBlock(String text, String tag, int chars, int linkChars) {
    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }
}
