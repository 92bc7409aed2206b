package io.newsflow.sink.store;

/**
 * Orders extractor version strings the way people read them: runs of digits compare as numbers
 * ({@code "1.10" > "1.9"}, {@code "quotes-2" > "quotes-1"}), other runs as text; a version that is a prefix
 * of another is older ({@code "1.0" < "1.0.1"}). Leading zeros do not matter ({@code "1.01"} equals
 * {@code "1.1"}). A null version is older than any other. Never throws.
 */
public final class ExtractorVersions {

    private ExtractorVersions() {}

    /** Negative when {@code a} is older than {@code b}, zero when equal, positive when newer. */
    public static int compare(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            boolean digitA = isDigit(a.charAt(i));
            boolean digitB = isDigit(b.charAt(j));
            int endA = runEnd(a, i, digitA);
            int endB = runEnd(b, j, digitB);
            int c;
            if (digitA && digitB) {
                c = compareNumbers(a, i, endA, b, j, endB);
            } else if (digitA != digitB) {
                c = digitA ? -1 : 1; // a number sorts before text at the same position
            } else {
                c = a.substring(i, endA).compareTo(b.substring(j, endB));
            }
            if (c != 0) {
                return Integer.signum(c);
            }
            i = endA;
            j = endB;
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int runEnd(String s, int from, boolean digits) {
        int k = from;
        while (k < s.length() && isDigit(s.charAt(k)) == digits) {
            k++;
        }
        return k;
    }

    /** Compares digit runs of any length without parsing, so huge numbers cannot overflow. */
    private static int compareNumbers(String a, int i, int endA, String b, int j, int endB) {
        while (i < endA - 1 && a.charAt(i) == '0') {
            i++;
        }
        while (j < endB - 1 && b.charAt(j) == '0') {
            j++;
        }
        int lengths = Integer.compare(endA - i, endB - j);
        if (lengths != 0) {
            return lengths;
        }
        for (; i < endA; i++, j++) {
            int c = Character.compare(a.charAt(i), b.charAt(j));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
