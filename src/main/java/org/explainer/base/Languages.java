package org.explainer.base;

import java.util.List;
import java.util.Optional;

/**
 * The languages the site is written in, in the order {@code jbake.properties} declares them, and the
 * default one ({@code site.language}), which is published at the site's root. The machinery knows no
 * language of its own: a site declares each of its languages, and gives each a file of interface text.
 */
public final class Languages {

    private final List<Language> all;
    private final Language defaultLanguage;

    private Languages(List<Language> all, Language defaultLanguage) {
        this.all = List.copyOf(all);
        this.defaultLanguage = defaultLanguage;
    }

    /**
     * @param declared    every declared language, in order, each code once
     * @param defaultCode the code {@code site.language} names; empty when it is not set, which only a
     *                    site of one language may leave out
     * @throws IllegalArgumentException when the default is missing or not declared
     */
    public static Languages of(List<Language> declared, String defaultCode) {
        List<String> codes = declared.stream().map(Language::getCode).toList();
        if (defaultCode.isEmpty()) {
            if (declared.size() > 1) {
                throw new IllegalArgumentException("name the default language, published at the site's root: one of " + codes);
            }
            return new Languages(declared, declared.get(0));
        }
        Language chosen = declared.stream().filter(language -> language.getCode().equals(defaultCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + defaultCode + "' is not a declared language; declared: "
                        + codes + " (one line each, language.CODE=name | direction | locale)"));
        return new Languages(declared, chosen);
    }

    /** Every language, in the order declared. */
    public List<Language> all() {
        return all;
    }

    /** The language published at the site's root. */
    public Language getDefault() {
        return defaultLanguage;
    }

    /** The declared language with this code, if any. */
    public Optional<Language> byCode(String code) {
        return all.stream().filter(language -> language.getCode().equals(code)).findFirst();
    }
}
