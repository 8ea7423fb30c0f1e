package org.explainer.glossary;

import java.util.Arrays;
import java.util.List;

/** A name in its original script, with its language so pages can mark it up ({@code lang}, {@code dir}). */
public final class OriginalName {

    private static final List<String> RIGHT_TO_LEFT = List.of("ar", "fa", "he", "ur", "ps", "ku");

    private final String lang;
    private final String text;

    public OriginalName(String lang, String text) {
        this.lang = lang;
        this.text = text;
    }

    /** Parses {@code ar:حميميم | ru:Хмеймим}; the header validator has already checked the shape. */
    public static List<OriginalName> parseAll(String value) {
        if (value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::strip).map(pair -> {
            int colon = pair.indexOf(':');
            return new OriginalName(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
        }).toList();
    }

    public String getLang() {
        return lang;
    }

    public String getText() {
        return text;
    }

    public String getDir() {
        return RIGHT_TO_LEFT.contains(lang.split("-")[0]) ? "rtl" : "ltr";
    }

}
