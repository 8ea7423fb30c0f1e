package org.explainer.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * A date known to the year, the month or the day, shown with exactly that precision: "1971",
 * "July 1944", "21 July 1944". The ISO form ("1971", "1944-07", "1944-07-21") is also a valid
 * HTML {@code datetime} value, and sorts correctly as text.
 */
public final class PartialDate implements Comparable<PartialDate> {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final String iso;
    private final String display;

    private PartialDate(String iso, String display) {
        this.iso = iso;
        this.display = display;
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty if it is none of them or not a real date. */
    public static Optional<PartialDate> parse(String text) {
        try {
            if (text.matches("\\d{4}")) {
                return Optional.of(new PartialDate(text, text));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                return Optional.of(new PartialDate(text, YearMonth.parse(text).format(MONTH)));
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(new PartialDate(text, LocalDate.parse(text).format(DAY)));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public String iso() {
        return iso;
    }

    public String display() {
        return display;
    }

    public int year() {
        return Integer.parseInt(iso.substring(0, 4));
    }

    /** Whether this date falls within [from, to], each bound compared at its own precision. */
    public boolean within(PartialDate from, PartialDate to) {
        return (from == null || iso.compareTo(from.iso) >= 0 || iso.startsWith(from.iso))
                && (to == null || iso.compareTo(to.iso) <= 0 || iso.startsWith(to.iso));
    }

    @Override
    public int compareTo(PartialDate other) {
        return iso.compareTo(other.iso);
    }
}
