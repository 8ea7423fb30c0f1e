package org.explainer.base;


import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The project's layout and site settings, from {@code jbake.properties}: the one file, beside the
 * content, that makes a site about one subject rather than another.
 */
public record ProjectConfig(Path projectDir, Path contentDir, Path templatesDir, Path assetsDir, Path dataDir,
                            Path geoDataFile, String headerSeparator, SiteSettings settings,
                            ScriptLanguages scriptLanguages) {

    public static final String FILE_NAME = "jbake.properties";
    /** Which language each non-Latin script on the site is in, as in {@code Cyrillic:ru, Arabic:ar}. */
    public static final String SCRIPT_LANGUAGES = "site.languages.by.script";

    /**
     * @param siteUrlOverride the site's address given at build time (CI sets it); blank to use {@code site.host}
     */
    public static ProjectConfig load(Path projectDir, String siteUrlOverride) {
        Path file = projectDir.resolve(FILE_NAME);
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String url = siteUrlOverride == null || siteUrlOverride.isBlank()
                ? required(properties, "site.host") : siteUrlOverride.strip();
        SiteSettings settings = new SiteSettings(
                required(properties, "site.title"),
                required(properties, "site.description"),
                properties.getProperty("site.language", "en"),
                url.endsWith("/") ? url : url + "/",
                required(properties, "site.publisher"),
                NavItem.parseAll(required(properties, "site.nav")),
                NavItem.parseAll(required(properties, "site.footer")));
        return new ProjectConfig(projectDir,
                projectDir.resolve(properties.getProperty("content.folder", "content")),
                projectDir.resolve(properties.getProperty("template.folder", "templates")),
                projectDir.resolve(properties.getProperty("asset.folder", "assets")),
                projectDir.resolve(properties.getProperty("data.folder", "data")),
                properties.containsKey("map.geodata") ? projectDir.resolve(properties.getProperty("map.geodata").strip()) : null,
                properties.getProperty("header.separator", "~~~~~~"),
                settings,
                scriptLanguages(properties));
    }

    private static ScriptLanguages scriptLanguages(Properties properties) {
        try {
            return ScriptLanguages.parse(properties.getProperty(SCRIPT_LANGUAGES, ""));
        } catch (IllegalArgumentException e) {
            throw new BuildFailure(Problem.in(FILE_NAME, SCRIPT_LANGUAGES + ": " + e.getMessage()));
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key, "").strip();
        if (value.isEmpty()) {
            throw new BuildFailure(Problem.in(FILE_NAME, "the setting " + key + " is missing or empty"));
        }
        return value;
    }
}
