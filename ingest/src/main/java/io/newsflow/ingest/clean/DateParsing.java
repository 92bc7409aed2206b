package io.newsflow.ingest.clean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date notations found in article metadata into UTC {@link Instant}s: ISO 8601 (with or
 * without zone, seconds or time; "Z", "+0100" and "+01:00" offsets), RFC 1123, epoch seconds/millis, and
 * English textual dates ("November 19, 2019 6:03 PM EST", "19 Nov 2019"). Values without a zone are
 * taken as UTC. Returns {@code null} when nothing parses; never throws.
 */
final class DateParsing {
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2}|[+-]\\d{2}|UTC|GMT)?)?");
    private static final Pattern TEXTUAL_MDY = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
                    + "(?:[^\\d]{0,6}(\\d{1,2})[:.](\\d{2})\\s*([ap]\\.?m\\.?)?\\s*([a-z]{2,4})?)?");
    private static final Pattern TEXTUAL_DMY = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+(\\d{4})"
                    + "(?:[^\\d]{0,6}(\\d{1,2})[:.](\\d{2})\\s*([ap]\\.?m\\.?)?\\s*([a-z]{2,4})?)?");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    private static final Map<String, Integer> ZONES = Map.ofEntries(
            Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("est", -5), Map.entry("edt", -4), Map.entry("cst", -6),
            Map.entry("cdt", -5), Map.entry("mst", -7), Map.entry("mdt", -6), Map.entry("pst", -8), Map.entry("pdt", -7),
            Map.entry("bst", 1), Map.entry("cet", 1), Map.entry("cest", 2), Map.entry("ist", 5), Map.entry("jst", 9),
            Map.entry("aest", 10), Map.entry("et", -5), Map.entry("pt", -8));
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    private DateParsing() {}

    /** Dates outside these years are CMS placeholders ("0001-01-01") or typos, not publication times. */
    private static final int MIN_YEAR = 1990, MAX_YEAR = 2100;

    static Instant parse(String raw) {
        Instant instant = parseAny(raw);
        if (instant == null) return null;
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        return year < MIN_YEAR || year > MAX_YEAR ? null : instant;
    }

    private static Instant parseAny(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty() || s.length() > 200) return null;
        try {
            if (EPOCH.matcher(s).matches()) {
                long v = Long.parseLong(s);
                return s.length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
            }
            Matcher m = ISO.matcher(s);
            if (m.find()) return fromIso(m);
            try {
                return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (RuntimeException ignored) {
                // not RFC 1123; try textual forms
            }
            m = TEXTUAL_MDY.matcher(s);
            if (m.find()) return textual(m.group(3), m.group(1), m.group(2), m.group(4), m.group(5), m.group(6), m.group(7));
            m = TEXTUAL_DMY.matcher(s);
            if (m.find()) return textual(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6), m.group(7));
        } catch (RuntimeException e) { // out-of-range fields: treat as no date
            return null;
        }
        return null;
    }

    private static Instant fromIso(Matcher m) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (m.group(4) == null) return date.atStartOfDay().toInstant(ZoneOffset.UTC);
        LocalDateTime time = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        return time.toInstant(offset(m.group(7)));
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT")) return ZoneOffset.UTC;
        String digits = zone.replace(":", "");
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static Instant textual(String year, String month, String day, String hour, String minute, String ampm, String zone) {
        int monthIndex = MONTHS.indexOf(month.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
        LocalDate date = LocalDate.of(Integer.parseInt(year), monthIndex, Integer.parseInt(day));
        if (hour == null) return date.atStartOfDay().toInstant(ZoneOffset.UTC);
        int h = Integer.parseInt(hour);
        if (ampm != null) {
            boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
            if (h == 12) h = pm ? 12 : 0;
            else if (pm) h += 12;
        }
        Integer zoneHours = zone == null ? null : ZONES.get(zone.toLowerCase(Locale.ROOT));
        ZoneOffset offset = zoneHours == null ? ZoneOffset.UTC : ZoneOffset.ofHours(zoneHours);
        return OffsetDateTime.of(date.atTime(h, Integer.parseInt(minute)), offset).toInstant();
    }
}
