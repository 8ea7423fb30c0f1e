package org.explainer.translation;

import org.explainer.base.Language;
import org.explainer.base.Languages;

import java.util.Optional;

/**
 * Where a translation's original is: {@code CODE/<path>} in the content folder translates {@code <path>},
 * for CODE a declared language other than the default. The one place that reads a translation's path.
 */
public final class MirroredPaths {

    private MirroredPaths() {
    }

    /** The language a content path is a translation into, or empty for a page in the default language. */
    public static Optional<Language> languageOf(String contentPath, Languages languages) {
        int slash = contentPath.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String code = contentPath.substring(0, slash);
        return languages.all().stream()
                .filter(language -> language.getCode().equals(code) && language != languages.getDefault())
                .findFirst();
    }

    /** The content path of the page a content path translates, or empty for a page in the default language. */
    public static Optional<String> originalOf(String contentPath, Languages languages) {
        return languageOf(contentPath, languages).map(language -> contentPath.substring(language.getCode().length() + 1));
    }

    /** The content path of a page's translation into a language. */
    public static String translationOf(String originalPath, Language language) {
        return language.getCode() + "/" + originalPath;
    }
}
