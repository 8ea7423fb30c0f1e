package org.explainer.text;

import com.ibm.icu.util.ULocale;
import org.explainer.base.Language;
import org.explainer.base.NavItem;
import org.explainer.base.ProblemCollector;
import org.explainer.base.ProjectConfig;
import org.explainer.base.PropertiesFile;
import org.explainer.base.SiteSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The interface text of each of the site's languages, read and checked before anything is rendered.
 * A language's messages are {@code text/CODE.properties} under the templates (the machinery's words,
 * about no subject), then the site's own {@code text/CODE.properties} beside its content
 * ({@link ProjectConfig#textDir()}), whose
 * messages replace or add to them; it names the site's vocabulary ({@code category.WORD}, for each
 * category of its glossary and timeline). Both are read as UTF-8.
 * <p>
 * The site's title, description, publisher and footer note are messages too ({@code site.title}, …): a
 * language's text file says them in that language; where it does not, they are as the settings in
 * {@code jbake.properties} say them, in the default language (a site of one language needs no more).
 * <p>
 * Every language has every message any language has, each a valid ICU message whose plurals have
 * exactly the language's forms; otherwise the build fails, naming the file, line, key and language.
 */
public final class InterfaceTexts {

    /** The folder of the machinery's interface text, under the templates. */
    private static final String FOLDER = "text";
    /** The key of a category's name: {@code category.diplomacy}. */
    static final String CATEGORY = "category.";
    /** The site's own words, which its settings give in the default language (site.title in jbake.properties). */
    private static final String SITE_TITLE = "site.title";
    private static final String SITE_DESCRIPTION = "site.description";
    private static final String SITE_PUBLISHER = "site.publisher";
    private static final String SITE_FOOTER_NOTE = "site.footer.note";
    /** The header's sections and the footer's links, as jbake.properties writes them: path|Label; path|Label. */
    private static final String SITE_NAV = "site.nav";
    private static final String SITE_FOOTER = "site.footer";
    private static final String SETTINGS_FILE = "jbake.properties";

    private final Map<String, InterfaceText> byCode;
    private final InterfaceText defaultText;
    /** Each language's own header sections and footer links, where its text file names them. */
    private final Map<String, List<NavItem>> navByCode;
    private final Map<String, List<NavItem>> footerByCode;

    private InterfaceTexts(Map<String, InterfaceText> byCode, InterfaceText defaultText, Map<String, List<NavItem>> navByCode,
                           Map<String, List<NavItem>> footerByCode) {
        this.byCode = Map.copyOf(byCode);
        this.defaultText = defaultText;
        this.navByCode = Map.copyOf(navByCode);
        this.footerByCode = Map.copyOf(footerByCode);
    }

    /** The settings, with the header's sections and the footer's links as each language's text file names them. */
    public SiteSettings navigation(SiteSettings settings) {
        return settings.withNavigation(navByCode, footerByCode);
    }

    /** The interface text of the default language, published at the site's root. */
    public InterfaceText getDefault() {
        return defaultText;
    }

    /** The interface text of a declared language: each language's pages are rendered with its own. */
    public InterfaceText of(Language language) {
        InterfaceText text = byCode.get(language.getCode());
        if (text == null) {
            throw new IllegalArgumentException("no interface text was read for the language '" + language.getCode() + "'");
        }
        return text;
    }

    /** Reads every declared language's interface text; what is wrong goes to {@code problems}. */
    public static InterfaceTexts load(ProjectConfig project, ProblemCollector problems) {
        List<Language> languages = project.settings().languages().all();
        Map<String, Entries> entries = new LinkedHashMap<>();
        for (Language language : languages) {
            entries.put(language.getCode(), Entries.read(project, language, problems));
        }
        Map<String, List<NavItem>> nav = new LinkedHashMap<>();
        Map<String, List<NavItem>> footer = new LinkedHashMap<>();
        for (Language language : languages) {
            Entries each = entries.get(language.getCode());
            each.ownNavigation(SITE_NAV, problems).ifPresent(items -> nav.put(language.getCode(), items));
            each.ownNavigation(SITE_FOOTER, problems).ifPresent(items -> footer.put(language.getCode(), items));
            each.addSiteWords(project.settings());
        }
        Set<String> required = new TreeSet<>();
        entries.values().forEach(each -> required.addAll(each.patterns.keySet()));
        project.termCategories().forEach(word -> required.add(CATEGORY + word));
        project.timelineCategories().forEach(word -> required.add(CATEGORY + word));
        Map<String, InterfaceText> byCode = new LinkedHashMap<>();
        for (Language language : languages) {
            Entries each = entries.get(language.getCode());
            for (String key : required) {
                if (!each.patterns.containsKey(key)) {
                    problems.in(each.fileForNewKeys(), "the interface text of the language '" + language.getCode() + "' has no " + key);
                }
            }
            byCode.put(language.getCode(), new InterfaceText(language, each.compile(problems), each.describe()));
        }
        // The editions in other languages, under /CODE/, are rendered with theirs.
        return new InterfaceTexts(byCode, byCode.get(project.settings().languages().getDefault().getCode()), nav, footer);
    }

    /** One language's patterns by key, each with where it is written, the site's over the machinery's. */
    private static final class Entries {

        private final Language language;
        private final Map<String, String> patterns = new LinkedHashMap<>();
        private final Map<String, Line> where = new LinkedHashMap<>();
        private final List<String> files = new ArrayList<>();

        private Entries(Language language) {
            this.language = language;
        }

        static Entries read(ProjectConfig project, Language language, ProblemCollector problems) {
            Entries entries = new Entries(language);
            String name = language.getCode() + ".properties";
            List<Path> candidates = List.of(project.templatesDir().resolve(FOLDER).resolve(name),
                    project.textDir().resolve(name));
            for (Path file : candidates) {
                if (Files.isRegularFile(file)) {
                    entries.add(file, relative(project, file));
                }
            }
            if (entries.files.isEmpty()) {
                problems.in(relative(project, candidates.get(1)), "the language '" + language.getCode()
                        + "' has no interface text: write this file, or " + relative(project, candidates.get(0))
                        + ", with a message for every key the other languages' files have");
            }
            return entries;
        }

        private void add(Path file, String shownAs) {
            PropertiesFile properties = PropertiesFile.read(file);
            files.add(shownAs);
            for (String key : properties.keys()) {
                patterns.put(key, properties.value(key));
                where.put(key, new Line(shownAs, properties.lineOf(key)));
            }
        }

        /**
         * The site's own words, as its settings say them in the default language, unless this language's text
         * says them: so every page prints them through {@code text()}.
         */
        void addSiteWords(SiteSettings settings) {
            Map<String, String> words = new LinkedHashMap<>();
            words.put(SITE_TITLE, settings.getTitle());
            words.put(SITE_DESCRIPTION, settings.getDescription());
            words.put(SITE_PUBLISHER, settings.getPublisher());
            words.put(SITE_FOOTER_NOTE, settings.getFooterNote());
            words.put(SITE_NAV, written(settings.getNav()));
            words.put(SITE_FOOTER, written(settings.getFooter()));
            words.forEach((key, value) -> {
                if (!patterns.containsKey(key)) {
                    patterns.put(key, literal(value));
                    where.put(key, new Line(SETTINGS_FILE, 0));
                }
            });
        }

        /** A language's own header sections or footer links ({@code path|Label; …}), if its text file names them. */
        Optional<List<NavItem>> ownNavigation(String key, ProblemCollector problems) {
            if (!patterns.containsKey(key)) {
                return Optional.empty();
            }
            try {
                return Optional.of(NavItem.parseAll(patterns.get(key)));
            } catch (IllegalArgumentException e) {
                Line at = where.get(key);
                problems.at(at.file(), at.number(), key + ": " + e.getMessage() + "; write path|Label; path|Label");
                return Optional.empty();
            }
        }

        private static String written(List<NavItem> items) {
            return items.stream().map(item -> item.getUri() + "|" + item.getLabel()).collect(Collectors.joining("; "));
        }

        /** A message that prints {@code text} as it is: ICU's quote and braces quoted. */
        private static String literal(String text) {
            return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
        }

        /** Where a translator adds a missing key: the site's file if it has one, else the machinery's. */
        String fileForNewKeys() {
            return files.isEmpty() ? language.getCode() + ".properties" : files.get(files.size() - 1);
        }

        String describe() {
            return String.join(", ", files);
        }

        Map<String, Message> compile(ProblemCollector problems) {
            ULocale locale = ULocale.forLocale(language.locale());
            Map<String, Message> messages = new LinkedHashMap<>();
            patterns.forEach((key, pattern) -> {
                Line at = where.get(key);
                try {
                    Message message = Message.compile(key, pattern, locale);
                    PluralForms.check(message, locale).ifPresentOrElse(
                            mistake -> problems.at(at.file(), at.number(), key + ": " + mistake),
                            () -> messages.put(key, message));
                } catch (IllegalArgumentException e) {
                    problems.at(at.file(), at.number(), key + ": not a valid message (ICU MessageFormat): " + e.getMessage());
                }
            });
            return messages;
        }
    }

    /** Where a message is written. */
    private record Line(String file, int number) {
    }

    private static String relative(ProjectConfig project, Path file) {
        return project.projectDir().relativize(file).normalize().toString().replace('\\', '/');
    }
}
