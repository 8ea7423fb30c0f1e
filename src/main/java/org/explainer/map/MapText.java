package org.explainer.map;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A piece of a map's text (its title, description, a place's name or note) as the writer gives it: in
 * the site's default language, and translated into other languages by their codes.
 *
 * @param text         the text in the site's default language
 * @param translations the text in other languages, by language code ({@code ar}, {@code ru})
 */
public record MapText(String text, Map<String, String> translations) {

    public MapText {
        // Sorted, so that anything listing them does so in the same order on every build.
        translations = Collections.unmodifiableSortedMap(new TreeMap<>(translations));
    }

    /** Text with no translations: every language's map shows it as it is. */
    public static MapText of(String text) {
        return new MapText(text, Map.of());
    }
}
