package org.explainer.content;

import com.ibm.icu.util.ULocale;
import org.explainer.base.Language;
import org.explainer.base.Languages;
import org.explainer.base.ProblemCollector;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where each language's pages lie in the content folder. The default language is at the top, so no
 * address changes when a language is added; every other language has a folder named by its code, in
 * which a page translates the page at the same path outside it: {@code content/ar/about.md} translates
 * {@code content/about.md} and is published at {@code ar/about.html}.
 */
public final class Editions {

    /** What a folder named by a language code looks like: two or three lower-case letters. */
    private static final String CODE = "[a-z]{2,3}";

    private final Languages languages;

    public Editions(Languages languages) {
        this.languages = languages;
    }

    public Languages languages() {
        return languages;
    }

    /** The language a content path is written in: the one its first folder names, or the default. */
    public Language languageOf(String contentPath) {
        return editionCode(contentPath).flatMap(languages::byCode).orElse(languages.getDefault());
    }

    /** The path of the page a content path translates, or the path itself for a page in the default language. */
    public String originalOf(String contentPath) {
        return editionCode(contentPath).filter(code -> languages.byCode(code).isPresent())
                .map(code -> contentPath.substring(code.length() + 1)).orElse(contentPath);
    }

    /** The path of the page a translation translates, or empty for a page in the default language, which translates none. */
    public Optional<String> translatedPage(String contentPath) {
        return languageOf(contentPath).equals(languages.getDefault()) ? Optional.empty() : Optional.of(originalOf(contentPath));
    }

    /** Where the translation of the page at {@code originalPath} into {@code language} lies, or would lie. */
    public String pathIn(Language language, String originalPath) {
        return language.equals(languages.getDefault()) ? originalPath : language.getCode() + "/" + originalPath;
    }

    /** The first folder of a content path, when it is another language's than the default. */
    private Optional<String> editionCode(String contentPath) {
        int slash = contentPath.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String first = contentPath.substring(0, slash);
        return first.equals(languages.getDefault().getCode()) ? Optional.empty() : Optional.of(first);
    }

    /**
     * Reports each page in a folder named by a language the site does not declare, each translation without
     * an original (or a published one of a draft), each translation of another type than its original, and a
     * {@code translates} field on a page in the default language, which translates nothing.
     */
    public void check(List<SourceFile> sources, ProblemCollector problems) {
        check(sources, Set.of(), problems);
    }

    /**
     * @param unreadable content files that are there but could not be read as pages, for a problem already reported:
     *                   a translation of one is not reported too, as a translation of a page that does not exist
     */
    public void check(List<SourceFile> sources, Set<String> unreadable, ProblemCollector problems) {
        Map<String, SourceFile> byPath = new HashMap<>();
        sources.forEach(source -> byPath.put(source.contentPath(), source));
        Set<String> undeclaredReported = new HashSet<>();
        for (SourceFile source : sources) {
            String where = source.displayPath();
            Optional<String> code = editionCode(source.contentPath());
            if (code.isPresent() && languages.byCode(code.get()).isEmpty()) {
                if (isLanguageCode(code.get()) && undeclaredReported.add(code.get())) {
                    problems.at(where, 1, "the folder content/" + code.get() + "/ is named like the language '" + code.get()
                            + "', which this site does not declare; declare it in jbake.properties (language." + code.get()
                            + "=its name in itself | ltr or rtl | its locale, e.g. language.en=English | ltr | en-GB) and give it"
                            + " interface text (text/" + code.get() + ".properties), or rename the folder");
                }
                code = Optional.empty();
            }
            if (code.isEmpty()) {
                for (String name : List.of(TRANSLATES, DIFFERENCES)) {
                    source.field(name).ifPresent(field -> problems.at(where, field.line(), "only a page in another language"
                            + " than the default translates a page; this page is in the default language, so remove " + name + "="));
                }
                continue;
            }
            String originalPath = originalOf(source.contentPath());
            SourceFile original = byPath.get(originalPath);
            if (original == null && unreadable.contains(originalPath)) {
                continue;
            } else if (original == null) {
                problems.at(where, 1, "this page translates content/" + originalPath + ", which does not exist; a page in "
                        + code.get() + "/ lies at the same path as the page it translates");
            } else if (original.isDraft() && !source.isDraft()) {
                problems.at(where, source.lineOf("status"), "this page translates content/" + originalPath
                        + ", which is a draft (" + original.displayPath() + ":" + original.lineOf("status")
                        + "); publish the original first, or set status=draft here");
            } else if (!original.type().equals(source.type())) {
                problems.at(where, source.lineOf("type"), "this page's type is " + source.type() + ", but the page it translates, "
                        + original.displayPath() + ", is of type " + original.type() + "; a translation has its original's type");
            }
        }
    }

    /** The header field a translation may name the version of its original with. */
    public static final String TRANSLATES = "translates";
    /** The header field in which a translation declares what it adds or drops on purpose. */
    public static final String DIFFERENCES = "differences";

    /**
     * The codes of the languages CLDR has the rules of (dates, numbers, plurals), which a site could be written in.
     * Not every folder of two or three letters is one ({@code map/}, {@code faq/}), nor every code ISO lists
     * ({@code war} is Waray, and a site may have a {@code war/} folder).
     */
    private static final Set<String> KNOWN_LANGUAGES = Arrays.stream(ULocale.getAvailableLocales())
            .map(ULocale::getLanguage).filter(code -> code.matches(CODE)).collect(Collectors.toUnmodifiableSet());

    private static boolean isLanguageCode(String name) {
        return KNOWN_LANGUAGES.contains(name);
    }
}
