package org.explainer.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One message of a language's interface text: an ICU MessageFormat pattern, compiled once, with
 * {@code {name}} placeholders, plurals ({@code {n, plural, one {# minute} other {# minutes}}}) and
 * dates ({@code {date, date, ::dMMMMy}}) written by the language's own rules.
 */
final class Message {

    private final String key;
    private final String pattern;
    private final MessagePattern parsed;
    private final MessageFormat format;
    /** The whole text of a message without arguments, formatted once. */
    private final String constant;
    private final Set<String> arguments;
    private final Set<String> dateArguments;
    /** The time zone the format's dates are written in: ICU's default when the message was compiled. */
    private final TimeZone zone = TimeZone.getDefault();
    /**
     * Each day's noon, made once: a site's pages and histories write the same few hundred days over and
     * over, and an ICU calendar is slow to make. Nothing changes a {@link Date} handed to a format.
     */
    private final Map<LocalDate, Date> noons = new ConcurrentHashMap<>();

    private Message(String key, String pattern, MessageFormat format) {
        this.key = key;
        this.pattern = pattern;
        this.parsed = new MessagePattern(pattern);
        this.format = format;
        this.arguments = new LinkedHashSet<>();
        this.dateArguments = new LinkedHashSet<>();
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                arguments.add(parsed.getSubstring(part));
            } else if (part.getType() == MessagePattern.Part.Type.ARG_TYPE && parsed.getSubstring(part).equals("date")) {
                dateArguments.add(parsed.getSubstring(parsed.getPart(i - 1)));
            }
        }
        this.constant = arguments.isEmpty() ? format.format(Map.of()) : null;
    }

    /** @throws IllegalArgumentException when the pattern is not a valid message */
    static Message compile(String key, String pattern, ULocale locale) {
        return new Message(key, pattern, new MessageFormat(pattern, locale));
    }

    String key() {
        return key;
    }

    String pattern() {
        return pattern;
    }

    /** The pattern's structure, for the checks of its plurals and for the browser's form of it. */
    MessagePattern parsed() {
        return parsed;
    }

    /**
     * @param values a value for each argument the message names: numbers for plurals, and for a date a
     *               {@link LocalDate} or its ISO form ({@code 2025-08-01}; {@code 2025-08} and
     *               {@code 2025} stand for the first day)
     * @throws IllegalArgumentException naming the arguments missing
     */
    String format(Map<String, ?> values) {
        if (constant != null) {
            return constant;
        }
        Set<String> missing = new LinkedHashSet<>(arguments);
        missing.removeAll(values.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the text " + key + " needs a value for " + missing);
        }
        Map<String, Object> converted = new HashMap<>(values);
        for (String name : dateArguments) {
            converted.put(name, date(values.get(name)));
        }
        // A MessageFormat keeps state while it formats; pages are rendered on every core.
        synchronized (format) {
            return format.format(converted);
        }
    }

    /**
     * Noon of the day in the time zone the date formats use: the day written is
     * the day given in every time zone, so a build in another zone writes the same dates.
     */
    private Object date(Object value) {
        return noons.computeIfAbsent(value instanceof LocalDate given ? given : parseIso(String.valueOf(value)), this::noon);
    }

    private Date noon(LocalDate day) {
        Calendar noon = Calendar.getInstance(zone, ULocale.ROOT);
        noon.clear();
        noon.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 12, 0);
        return noon.getTime();
    }

    private LocalDate parseIso(String iso) {
        if (!iso.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("the text " + key + " needs a date as YYYY, YYYY-MM or YYYY-MM-DD, not '" + iso + "'");
        }
        String[] parts = iso.split("-");
        return LocalDate.of(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 1,
                parts.length > 2 ? Integer.parseInt(parts[2]) : 1);
    }
}
