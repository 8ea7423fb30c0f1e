package org.explainer.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A date known to the year, the month or the day, shown with exactly that precision: "1971",
 * "July 1944", "21 July 1944" (each language's interface text writes them: date.year, date.month,
 * date.day). The ISO form ("1971", "1944-07", "1944-07-21") is also a valid HTML {@code datetime}
 * value, and sorts correctly as text.
 */
public final class PartialDate implements Comparable<PartialDate> {

    private final String iso;

    private PartialDate(String iso) {
        this.iso = iso;
    }

    /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty if it is none of them or not a real date. */
    public static Optional<PartialDate> parse(String text) {
        try {
            if (text.matches("\\d{4}")) {
                return Optional.of(new PartialDate(text));
            }
            if (text.matches("\\d{4}-\\d{2}")) {
                YearMonth.parse(text);
                return Optional.of(new PartialDate(text));
            }
            if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate.parse(text);
                return Optional.of(new PartialDate(text));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public String iso() {
        return iso;
    }

    /** How precise the date is: {@code year}, {@code month} or {@code day}. */
    public String precision() {
        return switch (iso.length()) {
            case 4 -> "year";
            case 7 -> "month";
            default -> "day";
        };
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
