package org.explainer.base;

import com.ibm.icu.util.ULocale;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * One language the site is written in, as {@code jbake.properties} declares it:
 * {@code language.ar=العربية | rtl | ar}. The code names the language in addresses ({@code /ar/}); the
 * name is the language's name in itself, as a reader looking for it would recognise it; the direction
 * is how its text runs; the locale (a BCP 47 tag) is whose rules write its dates, numbers and plurals,
 * and what {@code lang} attributes say.
 */
public final class Language {

    private static final String CODE = "[a-z]{2,3}";
    private static final String EXAMPLE = "language.en=English | ltr | en-GB";

    private final String code;
    private final String name;
    private final boolean rightToLeft;
    private final Locale locale;

    private Language(String code, String name, boolean rightToLeft, Locale locale) {
        this.code = code;
        this.name = name;
        this.rightToLeft = rightToLeft;
        this.locale = locale;
    }

    /**
     * @param code        the code, from the setting's key ({@code language.CODE})
     * @param declaration the setting's value: {@code name | direction | locale}
     * @throws IllegalArgumentException saying what in the declaration is wrong
     */
    public static Language parse(String code, String declaration) {
        if (!code.matches(CODE)) {
            throw new IllegalArgumentException("'" + code + "' is not a language code: two or three lower-case letters, as in " + EXAMPLE);
        }
        String[] parts = declaration.split("\\|", -1);
        if (parts.length != 3) {
            throw new IllegalArgumentException("write the language's name in that language, its direction and its locale, as in " + EXAMPLE);
        }
        String name = parts[0].strip();
        String direction = parts[1].strip();
        String tag = parts[2].strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the language's name is empty; write it in the language itself, as in " + EXAMPLE);
        }
        if (!direction.equals("ltr") && !direction.equals("rtl")) {
            throw new IllegalArgumentException("'" + direction + "' is not a direction; write ltr (left to right) or rtl (right to left)");
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("'" + tag + "' is not a locale; write a BCP 47 language tag, as en-GB or ar");
        }
        if (!locale.getLanguage().equals(code)) {
            throw new IllegalArgumentException("the locale '" + tag + "' is not of the language '" + code + "'");
        }
        boolean rightToLeft = direction.equals("rtl");
        // A wrong direction would lay out every page of the language backwards: CLDR knows each script's.
        if (rightToLeft != ULocale.forLocale(locale).isRightToLeft()) {
            throw new IllegalArgumentException("'" + tag + "' is written " + (rightToLeft ? "left to right; write ltr" : "right to left; write rtl"));
        }
        return new Language(code, name, rightToLeft, locale);
    }

    /** The code, as in addresses and file names: {@code ar}. */
    public String getCode() {
        return code;
    }

    /** The locale as a BCP 47 tag, as {@code lang} attributes take it: {@code en-GB}. */
    public String getTag() {
        return locale.toLanguageTag();
    }

    /** Whether the language's text runs right to left, so text in a left-to-right script inside it needs isolating. */
    public boolean isRightToLeft() {
        return rightToLeft;
    }

    /** The locale whose rules write this language's dates, numbers and plurals. */
    public Locale locale() {
        return locale;
    }

    @Override
    public String toString() {
        return code;
    }
}
