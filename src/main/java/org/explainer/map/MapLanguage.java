package org.explainer.map;

import org.explainer.base.Language;

/**
 * The language a map is drawn in, and the site's default language, which every map's text is written
 * in first and which stands in for a translation the map file lacks.
 */
public record MapLanguage(Language language, Language siteDefault) {

    /** A map in the site's default language. */
    public static MapLanguage of(Language siteDefault) {
        return new MapLanguage(siteDefault, siteDefault);
    }

    public boolean isDefault() {
        return language.getCode().equals(siteDefault.getCode());
    }

    /** Whether the map's labels run right to left, so that a label's start and end sides mirror. */
    public boolean rightToLeft() {
        return language.isRightToLeft();
    }

    /** {@code text} in this language, or in the site's default language where it has no translation. */
    public Wording of(MapText text) {
        if (isDefault()) {
            return new Wording(text.text(), siteDefault, false);
        }
        String translation = text.translations().get(language.getCode());
        return translation == null ? new Wording(text.text(), siteDefault, true) : new Wording(translation, language, false);
    }
}
