package org.explainer.base;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which language a run of text in another script is in, for this site: the setting
 * {@code site.languages.by.script} in jbake.properties, for example {@code Cyrillic:ru, Arabic:ar}.
 * A screen reader then reads a Russian title with a Russian voice instead of spelling it out, and a
 * browser lays out an Arabic phrase right to left (WCAG 2.2, 3.1.2 Language of Parts).
 * A site whose Cyrillic may be Ukrainian or Russian should leave that script out.
 */
public final class ScriptLanguages {

    public static final ScriptLanguages NONE = new ScriptLanguages(Map.of());

    private final Map<UnicodeScript, String> languages;

    private ScriptLanguages(Map<UnicodeScript, String> languages) {
        this.languages = languages;
    }

    /**
     * @param setting pairs of a Unicode script name and a language tag, separated by commas
     * @throws IllegalArgumentException naming the pair that is not understood
     */
    public static ScriptLanguages parse(String setting) {
        Map<UnicodeScript, String> languages = new EnumMap<>(UnicodeScript.class);
        for (String pair : setting.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split(":");
            if (parts.length != 2 || !parts[1].strip().matches("[a-z]{2,3}(-[A-Za-z0-9]+)*")) {
                throw new IllegalArgumentException("'" + pair.strip() + "' is not SCRIPT:language, as in Cyrillic:ru");
            }
            try {
                languages.put(UnicodeScript.forName(parts[0].strip().toUpperCase(Locale.ROOT)), parts[1].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + parts[0].strip() + "' is not a Unicode script name (Cyrillic, Arabic, Hebrew…)");
            }
        }
        return new ScriptLanguages(Map.copyOf(languages));
    }

    public Optional<String> languageOf(int codePoint) {
        return languages.isEmpty() ? Optional.empty() : Optional.ofNullable(languages.get(UnicodeScript.of(codePoint)));
    }

    public boolean isEmpty() {
        return languages.isEmpty();
    }
}
