package org.explainer.base;


import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * The project's layout and site settings, from {@code jbake.properties}: the one file, beside the
 * content and data, that makes a site about one subject rather than another. Besides the site's
 * title and address it names the site's own vocabulary: the categories of its timeline and glossary
 * and the kinds of place its maps mark.
 *
 * @param timelineCategories the categories a timeline event may have
 * @param termCategories     the categories a glossary entry may have
 */
public record ProjectConfig(Path projectDir, Path contentDir, Path templatesDir, Path assetsDir, Path dataDir,
                            Path geoDataFile, String headerSeparator, SiteSettings settings,
                            ScriptLanguages scriptLanguages, List<String> timelineCategories,
                            List<String> termCategories, PlaceKinds placeKinds) {

    public static final String FILE_NAME = "jbake.properties";
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
                file.optional("site.language", "en"),
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
                geoData.isEmpty() ? null : projectDir.resolve(geoData),
                file.optional("header.separator", "~~~~~~"),
                settings,
                file.parsed(SCRIPT_LANGUAGES, ScriptLanguages::parse, ""),
                file.parsed(TIMELINE_CATEGORIES, ProjectConfig::words, ""),
                file.parsed(TERM_CATEGORIES, ProjectConfig::words, ""),
                file.parsed(PLACE_KINDS, PlaceKinds::parse, ""));
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
    private record Settings(Properties properties, List<String> lines) {

        static Settings read(Path file) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Properties properties = new Properties();
                properties.load(new StringReader(text));
                return new Settings(properties, text.lines().toList());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }

        String required(String key) {
            String value = optional(key, "");
            if (value.isEmpty()) {
                throw new BuildFailure(Problem.in(FILE_NAME, "the setting " + key + " is missing or empty"));
            }
            return value;
        }

        String optional(String key, String fallback) {
            return properties.getProperty(key, fallback).strip();
        }

        /** The value parsed; {@code fallback} when it is not set, or null if it must be. */
        <T> T parsed(String key, Function<String, T> parser, String fallback) {
            String value = fallback == null ? required(key) : optional(key, fallback);
            try {
                return parser.apply(value);
            } catch (IllegalArgumentException e) {
                throw new BuildFailure(Problem.at(FILE_NAME, lineOf(key), key + ": " + e.getMessage()));
            }
        }

        /** The line that sets {@code key}: the last one, since a later line overrides an earlier one. */
        private int lineOf(String key) {
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i).stripLeading();
                if (line.startsWith(key) && line.substring(key.length()).matches("\\s*[=:].*")) {
                    return i + 1;
                }
            }
            return 0;
        }
    }
}
