package org.explainer.text;

import org.explainer.base.PropertiesFile;
import org.explainer.testing.TestProject;
import org.explainer.testing.TestRepository;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No template prints a word of its own: every word a reader sees comes from the interface text or from
 * the site's content. The test bakes a site whose content and settings are all in Greek, with history,
 * drafts, a moved page, a correction, a timeline, a map, sources and glossary references, so that every
 * shape of page is rendered; its interface text is the machinery's, each message marked ⟦…⟧. What a
 * reader sees (the text of every page and feed, and the attributes read aloud or shown as tips) then
 * holds no Latin letter outside a marked message: a Latin letter left over was written in a template.
 */
class EveryWordFromInterfaceTextTest {

    private static final Path MACHINERY_TEXT = TestProject.REAL.resolve("templates/text/en.properties");
    private static final Pattern MARKED = Pattern.compile("⟦[^⟦⟧]*⟧");
    private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}+");
    /** Attributes a reader meets: read aloud, shown as a tip or in place of an image. */
    private static final List<String> READ_ATTRIBUTES = List.of("aria-label", "alt", "title", "placeholder");
    /** What a feed reader shows of an Atom feed. */
    private static final String FEED_TEXT = "title, subtitle, summary, name";

    @TempDir
    Path dir;

    @Test
    void everyWordOnEveryShapeOfPageComesFromAMessageOrFromContent() throws IOException {
        TestProject project = greekSite();
        TestRepository repository = TestRepository.init(project);
        try (repository) {
            repository.commit("2025-08-01", "Πρώτη δημοσίευση");
            project.write("content/explainers/tunnel.md", explainer("Η σήραγγα", "published", "Η σήραγγα έχει μήκος πενήντα χιλιομέτρων."));
            repository.commit("2025-08-02", "Διόρθωση του μήκους\n\nCorrection: η σήραγγα έχει μήκος πενήντα χιλιομέτρων, όχι σαράντα.");
            project.move("content/background/ferries.md", "content/background/ferry-boats.md");
            repository.commit("2025-08-03", "Μετονομασία της σελίδας");
            project.previewWithHistory();
        }
        List<String> findings = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(project.output())) {
            files = walk.filter(file -> file.toString().endsWith(".html") || file.toString().endsWith(".xml")).sorted().toList();
        }
        for (Path file : files) {
            String name = project.output().relativize(file).toString();
            if (name.equals("sitemap.xml")) {
                continue;
            }
            for (String text : visibleText(file)) {
                String unmarked = text;
                for (String before = null; !unmarked.equals(before); ) {
                    before = unmarked;
                    unmarked = MARKED.matcher(unmarked).replaceAll(" ");
                }
                Matcher latin = LATIN.matcher(unmarked);
                while (latin.find()) {
                    findings.add(name + ": \"" + latin.group() + "\" in \"" + excerpt(unmarked, latin.start()) + "\"");
                }
            }
        }
        assertTrue(files.stream().anyMatch(file -> file.toString().endsWith(".history.html")), "no history page was baked");
        assertTrue(files.stream().anyMatch(file -> file.endsWith("drafts.html")), "no list of drafts was baked");
        assertEquals(List.of(), findings, "words written in templates instead of templates/text/en.properties");
    }

    /** The text of the page's body and head title, and each attribute a reader meets; a feed's readable elements. */
    private static List<String> visibleText(Path file) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        List<String> texts = new ArrayList<>();
        if (file.toString().endsWith(".xml")) {
            Document feed = Jsoup.parse(source, "", Parser.xmlParser());
            feed.select(FEED_TEXT).forEach(element -> texts.add(element.text()));
            return texts;
        }
        Document page = Jsoup.parse(source);
        page.select("script, style").remove();
        // A change page compares the text of the page's file, header lines (title=…) included: content, not
        // interface. Only the comparison's own labels ([added: …]) stay to be checked.
        page.select(".diff__unchanged > p").remove();
        for (Element changed : page.select(".diff__changed")) {
            changed.text(String.join(" ", changed.select(".diff__label").eachText()));
        }
        texts.add(page.title());
        texts.add(page.body().text());
        for (Element element : page.getAllElements()) {
            READ_ATTRIBUTES.stream().filter(element::hasAttr).forEach(attribute -> texts.add(element.attr(attribute)));
        }
        return texts;
    }

    private static String excerpt(String text, int at) {
        return text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 40)).strip();
    }

    /** The machinery's messages, each marked, and the Greek names of the site's categories. */
    private static String markedText() {
        PropertiesFile machinery = PropertiesFile.read(MACHINERY_TEXT);
        StringBuilder text = new StringBuilder();
        for (String key : machinery.keys()) {
            text.append(key).append("=⟦").append(machinery.value(key)).append("⟧\n");
        }
        return text.append("category.diplomacy=Διπλωματία\ncategory.planning=Σχεδιασμός\n")
                .append("category.place=Τόπος\ncategory.person=Πρόσωπο\n").toString();
    }

    private static String header(String title, String type, String status, String extra) {
        return "title=" + title + "\ntype=" + type + "\nsummary=Περίληψη: " + title + ".\ndate=2025-08-01\nreviewed=2025-08-02\nstatus="
                + status + "\ntags=δοκιμή\n" + extra + "~~~~~~\n\n";
    }

    private static String explainer(String title, String status, String body) {
        return header(title, "explainer", status, "correction=Μια παλαιότερη εκδοχή έγραφε σαράντα χιλιόμετρα.\n")
                + "## Πρώτα\n\nΗ [σήραγγα](term:kalai) ενώνει δύο χώρες.[^pigi]\n\n"
                + "## Έπειτα\n\n" + body + "\n\n{{timeline tag=tunnel}}\n\n## Τέλος\n\n{{map crossing}}\n\n"
                + "[^pigi]: Εφημερίδα, «Η σήραγγα», 1 Αυγούστου 2025.\n";
    }

    private TestProject greekSite() {
        TestProject project = TestProject.create(dir);
        try {
            try (Stream<Path> content = Files.walk(dir.resolve("content"))) {
                for (Path file : content.filter(Files::isRegularFile).toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        project.write("jbake.properties", TestProject.BARE_SETTINGS.replace("site.title=T", "site.title=Δοκιμαστικός ιστότοπος")
                .replace("site.description=D", "site.description=Ιστότοπος των δοκιμών.")
                .replace("site.publisher=P", "site.publisher=Εκδότης")
                .replace("site.nav=a.html|A", "site.nav=explainers/|Εξηγήσεις; background/|Υπόβαθρο; glossary/|Γλωσσάριο; about.html|Σχετικά")
                .replace("site.footer=a.html|A", "site.footer=about.html|Σχετικά; feed.xml|Ροή")
                + "site.footer.note=Γραμμένο από τις δοκιμές.\nlanguage.en=English | ltr | en-GB\n"
                + TestProject.VOCABULARY_AND_JBAKE_SETTINGS);
        project.write("text/en.properties", markedText());
        project.write("content/index.md", header("Αρχική", "page", "published", "layout=home\n") + "Καλώς ήρθατε.\n");
        project.write("content/explainers/index.md", header("Εξηγήσεις", "page", "published", "layout=section\n") + "Όλες οι εξηγήσεις.\n");
        project.write("content/background/index.md", header("Υπόβαθρο", "page", "published", "layout=section\n") + "Σελίδες αναφοράς.\n");
        project.write("content/glossary/index.md", header("Γλωσσάριο", "page", "published", "layout=glossary\n") + "Όλοι οι όροι.\n");
        project.write("content/search.md", header("Αναζήτηση", "page", "published", "layout=search\n") + "Αναζητήστε.\n");
        project.write("content/404.md", header("Δεν βρέθηκε", "page", "published", "layout=not-found\n") + "Δοκιμάστε αυτούς τους συνδέσμους.\n");
        project.write("content/about.md", header("Σχετικά", "page", "published", "")
                + "## Μέθοδος\n\nΠροσεκτικά.\n\n## Πηγές\n\nΠάντα.\n\n## Διορθώσεις\n\nΣπάνια.\n");
        project.write("content/background/timeline.md", header("Χρονολόγιο", "background", "published", "") + "{{timeline}}\n");
        project.write("content/background/ferries.md", header("Πορθμεία", "background", "published", "") + "Τα πλοία.\n");
        project.write("content/explainers/tunnel.md", explainer("Η σήραγγα", "published", "Η σήραγγα έχει μήκος σαράντα χιλιομέτρων."));
        project.write("content/explainers/draft.md", explainer("Πρόχειρο", "draft", "Ακόμη γράφεται."));
        project.write("content/glossary/kalai.md", header("Καλαί", "term", "published", "category=place\naliases=Καλέ\n")
                + "Πόλη στη βόρεια Γαλλία.\n");
        project.write("content/glossary/doubler.md", header("Ντουβρ", "term", "published", "category=place\nrelated=kalai\n")
                + "Λιμάνι στην Αγγλία.\n");
        project.write("data/timeline.yml", """
                - date: "1986-02"
                  title: Υπογράφεται η συνθήκη
                  description: Οι δύο κυβερνήσεις συμφωνούν.
                  category: diplomacy
                  terms: [kalai]
                  tags: [tunnel]
                  source:
                    publisher: Εφημερίδα
                    title: Η συνθήκη
                    date: "1986-02-12"
                    url: https://example.org/treaty
                    archived: https://example.org/archive/treaty
                - date: "1994"
                  title: Ανοίγει η σήραγγα
                  description: Τα πρώτα τρένα περνούν.
                  category: planning
                  tags: [tunnel]
                  source:
                    publisher: Εφημερίδα
                    title: Τα τρένα
                    date: "1994-05"
                    url: https://example.org/trains
                """);
        project.write("data/maps/crossing.yml", """
                title: Πού βρίσκεται η σήραγγα
                description: Χάρτης του στενού μεταξύ Αγγλίας και Γαλλίας.
                focus: United Kingdom
                bbox: [0.0, 50.45, 2.6, 51.55]
                width: 760
                places:
                  - {name: Αγγλία, latitude: 51.3, longitude: 0.55, kind: country, label: centre}
                  - {name: Σταθμός, latitude: 51.0971, longitude: 1.1558, kind: terminal, label: end, note: Στο Τσέριτον}
                  - {name: Καλαί, latitude: 50.948, longitude: 1.856, kind: town, label: end}
                """);
        return project;
    }
}
