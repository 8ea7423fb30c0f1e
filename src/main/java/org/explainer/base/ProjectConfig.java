package org.explainer.base;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The project's layout and site settings, from {@code jbake.properties}: the one file, beside the
 * content and data, that makes a site about one subject rather than another. Besides the site's
 * title and address it names the site's own vocabulary: the categories of its timeline and glossary
 * and the kinds of place its maps mark.
 *
 * @param textDir            the site's own interface text, one file per language, beside the machinery's
 *                           under the templates
 * @param timelineCategories the categories a timeline event may have
 * @param termCategories     the categories a glossary entry may have
 */
public record ProjectConfig(Path projectDir, Path contentDir, Path templatesDir, Path assetsDir, Path dataDir,
                            Path textDir, Path geoDataFile, String headerSeparator, SiteSettings settings,
                            ScriptLanguages scriptLanguages, List<String> timelineCategories,
                            List<String> termCategories, PlaceKinds placeKinds) {

    public static final String FILE_NAME = "jbake.properties";
    /** One line per language: {@code language.CODE=name in the language | ltr or rtl | locale}. */
    private static final String LANGUAGE_PREFIX = "language.";
    /** The code of the language published at the site's root. */
    private static final String DEFAULT_LANGUAGE = "site.language";
    /** Which language each non-Latin script on the site is in, as in {@code Cyrillic:ru, Arabic:ar}. */
    public static final String SCRIPT_LANGUAGES = "site.languages.by.script";
    public static final String TIMELINE_CATEGORIES = "timeline.categories";
    public static final String TERM_CATEGORIES = "glossary.categories";
    public static final String PLACE_KINDS = "map.place.kinds";

    // A category is written in data files and becomes a data attribute the page's filters read.
    private static final String WORD = "[a-z0-9]+(-[a-z0-9]+)*";

    /**
     * @param siteUrlOverride the site's address given at build time (CI sets it); blank to use {@code site.host}
     */
    public static ProjectConfig load(Path projectDir, String siteUrlOverride) {
        Settings file = Settings.read(projectDir.resolve(FILE_NAME));
        String url = siteUrlOverride == null || siteUrlOverride.isBlank()
                ? file.required("site.host") : siteUrlOverride.strip();
        SiteSettings settings = new SiteSettings(
                file.required("site.title"),
                file.required("site.description"),
                languages(file),
                url.endsWith("/") ? url : url + "/",
                file.required("site.publisher"),
                file.parsed("site.nav", NavItem::parseAll, null),
                file.parsed("site.footer", NavItem::parseAll, null),
                file.optional("site.footer.note", ""));
        String geoData = file.optional("map.geodata", "");
        return new ProjectConfig(projectDir,
                projectDir.resolve(file.optional("content.folder", "content")),
                projectDir.resolve(file.optional("template.folder", "templates")),
                projectDir.resolve(file.optional("asset.folder", "assets")),
                projectDir.resolve(file.optional("data.folder", "data")),
                projectDir.resolve(file.optional("text.folder", "text")),
                geoData.isEmpty() ? null : projectDir.resolve(geoData),
                file.optional("header.separator", "~~~~~~"),
                settings,
                file.parsed(SCRIPT_LANGUAGES, ScriptLanguages::parse, ""),
                file.parsed(TIMELINE_CATEGORIES, ProjectConfig::words, ""),
                file.parsed(TERM_CATEGORIES, ProjectConfig::words, ""),
                file.parsed(PLACE_KINDS, PlaceKinds::parse, ""));
    }

    /**
     * The languages, one line each ({@code language.en=English | ltr | en-GB}), and the default one,
     * which {@code site.language} names.
     */
    private static Languages languages(Settings file) {
        List<Language> declared = file.keysStartingWith(LANGUAGE_PREFIX).stream()
                .map(key -> file.parsed(key, value -> Language.parse(key.substring(LANGUAGE_PREFIX.length()), value), null))
                .toList();
        if (declared.isEmpty()) {
            throw new BuildFailure(Problem.in(FILE_NAME, "declare the site's languages, one line each, as "
                    + LANGUAGE_PREFIX + "en=English | ltr | en-GB (the language's code, its name in itself, its direction and its locale)"));
        }
        return file.parsed(DEFAULT_LANGUAGE, code -> Languages.of(declared, code), "");
    }

    /** A comma-separated list of lower-case words, each named once. */
    private static List<String> words(String value) {
        List<String> words = new ArrayList<>();
        for (String item : value.split(",")) {
            String word = item.strip();
            if (word.isEmpty()) {
                continue;
            }
            if (!word.matches(WORD)) {
                throw new IllegalArgumentException("'" + word + "' is not a lower-case word (letters, digits, hyphens)");
            }
            if (words.contains(word)) {
                throw new IllegalArgumentException("'" + word + "' is named twice");
            }
            words.add(word);
        }
        return List.copyOf(words);
    }

    /** The settings file's values, and the line each is set on, so a bad value is reported where it is. */
    private record Settings(PropertiesFile file) {

        static Settings read(Path path) {
            return new Settings(PropertiesFile.read(path));
        }

        String required(String key) {
            String value = optional(key, "");
            if (value.isEmpty()) {
                throw new BuildFailure(Problem.in(FILE_NAME, "the setting " + key + " is missing or empty"));
            }
            return value;
        }

        String optional(String key, String fallback) {
            String value = file.value(key);
            return (value == null ? fallback : value).strip();
        }

        /** Every key that starts with {@code prefix}, in the order the file sets them. */
        List<String> keysStartingWith(String prefix) {
            return file.keys().stream().filter(key -> key.startsWith(prefix)).toList();
        }

        /** The value parsed; {@code fallback} when it is not set, or null if it must be. */
        <T> T parsed(String key, Function<String, T> parser, String fallback) {
            String value = fallback == null ? required(key) : optional(key, fallback);
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw new BuildFailure(Problem.at(FILE_NAME, file.lineOf(key), key + ": " + e.getMessage()));
            }
        }
    }
}
