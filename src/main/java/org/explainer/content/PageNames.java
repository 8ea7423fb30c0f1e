package org.explainer.content;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a content file may be named. The name becomes part of the page's web address (and is a glossary
 * entry's key): ASCII lower case keeps it the same on every host, in every link and on every file system.
 */
public final class PageNames {

    /** The rule, as a writer is told it. */
    public static final String RULE = "use only lower-case ASCII letters, digits and hyphens, e.g. 'how-it-works'";

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02BC]");
    private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9]+");

    private PageNames() {
    }

    /** Whether {@code name} (a file name without extension, or one folder of its path) is allowed. */
    public static boolean isValid(String name) {
        return VALID.matcher(name).matches();
    }

    /**
     * The name a title gives: accents dropped ("Hôtel" to "hotel"), apostrophes too ("Russia's" to "russias"),
     * every other run of characters that is not a letter or digit one hyphen. Empty when the title has no
     * Latin letter or digit at all (a title in another script), which is not a valid name.
     */
    public static String fromTitle(String title) {
        String unaccented = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
        String words = APOSTROPHES.matcher(unaccented.toLowerCase(Locale.ROOT)).replaceAll("");
        String hyphenated = NOT_NAME.matcher(words).replaceAll("-");
        return hyphenated.replaceAll("^-+|-+$", "");
    }
}
