package org.explainer.timeline;

import org.explainer.base.Language;
import org.explainer.base.Languages;
import org.explainer.base.ProblemCollector;
import org.explainer.text.WrittenNumbers;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads the timeline data file and checks every event, reporting the file, line and event (number and
 * title) of each mistake: a bad date, a missing source, an unknown glossary term, events out of order.
 */
public final class TimelineLoader {

    private static final Set<String> EVENT_FIELDS = Set.of("date", "title", "titles", "description", "descriptions",
            "category", "terms", "tags", "source");
    private static final Set<String> SOURCE_FIELDS = Set.of("publisher", "title", "date", "url", "archived");

    private final String displayPath;
    private final List<String> categories;
    private final Predicate<String> termExists;
    private final Languages languages;
    private final ProblemCollector problems;

    private TimelineLoader(String displayPath, List<String> categories, Predicate<String> termExists, Languages languages,
                           ProblemCollector problems) {
        this.displayPath = displayPath;
        this.categories = categories;
        this.termExists = termExists;
        this.languages = languages;
        this.problems = problems;
    }

    /**
     * Loads {@code file} (absent: an empty timeline).
     *
     * @param categories the categories the site declares for events
     * @param termExists tells which glossary keys exist
     * @param languages  the site's languages: an event's translations ({@code titles:}, {@code descriptions:}) are in
     *                   those other than the default
     */
    public static Timeline load(Path file, String displayPath, List<String> categories, Predicate<String> termExists,
                                Languages languages, ProblemCollector problems) {
        if (!Files.isRegularFile(file)) {
            return Timeline.empty(categories);
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            return new TimelineLoader(displayPath, categories, termExists, languages, problems).read(root);
        } catch (YAMLException e) {
            problems.in(displayPath, "is not valid YAML: " + e.getMessage().replace('\n', ' '));
            return Timeline.empty(categories);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The events of a committed version of the data, read as they were written, for the comparison of a change:
     * nothing is checked again, since the site has moved on since. Empty when the version is not a list of
     * events, each with a date and a source date, which the comparison then shows as text.
     */
    public static Optional<List<TimelineEvent>> asCommitted(String text) {
        try {
            if (!(new Yaml(new LoaderOptions()).compose(new StringReader(text)) instanceof SequenceNode list)) {
                return Optional.empty();
            }
            List<TimelineEvent> events = new ArrayList<>();
            for (Node node : list.getValue()) {
                Map<String, Node> fields = node instanceof MappingNode mapping ? fields(mapping) : Map.of();
                Map<String, Node> source = fields.get("source") instanceof MappingNode mapping ? fields(mapping) : Map.of();
                Optional<PartialDate> date = PartialDate.parse(text(fields.get("date")));
                Optional<PartialDate> sourceDate = PartialDate.parse(text(source.get("date")));
                if (date.isEmpty() || sourceDate.isEmpty()) {
                    return Optional.empty();
                }
                events.add(new TimelineEvent(date.get(), text(fields.get("title")), text(fields.get("description")),
                        text(fields.get("category")), list(fields.get("terms")), list(fields.get("tags")),
                        new TimelineEvent.Source(text(source.get("publisher")), text(source.get("title")), sourceDate.get(),
                                text(source.get("url")), text(source.get("archived"))),
                        texts(fields.get("titles")), texts(fields.get("descriptions"))));
            }
            return Optional.of(events);
        } catch (YAMLException e) {
            return Optional.empty();
        }
    }

    /** A mapping of texts by key, such as an event's translations; empty for anything else. */
    private static Map<String, String> texts(Node node) {
        Map<String, String> texts = new TreeMap<>();
        if (node instanceof MappingNode mapping) {
            mapping.getValue().forEach(tuple -> texts.put(text(tuple.getKeyNode()), text(tuple.getValueNode())));
        }
        return texts;
    }

    private Timeline read(Node root) {
        if (root == null) {
            return Timeline.empty(categories);
        }
        if (!(root instanceof SequenceNode list)) {
            problems.at(displayPath, line(root), "must be a list of events, each starting with '- date:'");
            return Timeline.empty(categories);
        }
        List<TimelineEvent> events = new ArrayList<>();
        PartialDate previous = null;
        for (int i = 0; i < list.getValue().size(); i++) {
            Optional<TimelineEvent> event = event(i + 1, list.getValue().get(i));
            if (event.isEmpty()) {
                continue;
            }
            if (previous != null && event.get().date().compareTo(previous) < 0) {
                problems.at(displayPath, line(list.getValue().get(i)), label(i + 1, event.get().title())
                        + ": dated " + event.get().date().iso() + ", before the event above it (" + previous.iso()
                        + "); keep events in chronological order");
            }
            previous = event.get().date();
            events.add(event.get());
        }
        return new Timeline(events, categories);
    }

    private Optional<TimelineEvent> event(int number, Node node) {
        if (!(node instanceof MappingNode mapping)) {
            problems.at(displayPath, line(node), "event " + number + ": must be a mapping of date, title, description, ...");
            return Optional.empty();
        }
        Map<String, Node> fields = fields(mapping);
        String title = text(fields.get("title"));
        String label = label(number, title);
        int before = count();
        unknownFields(fields, EVENT_FIELDS, label, mapping);
        Optional<PartialDate> date = date(fields.get("date"), label, "date", mapping);
        require(title, label, "title", mapping);
        String description = text(fields.get("description"));
        require(description, label, "description", mapping);
        String category = text(fields.get("category"));
        if (!categories.contains(category)) {
            problems.at(displayPath, line(fields.getOrDefault("category", mapping)), label + ": category '" + category
                    + "' is not one of " + String.join(", ", categories) + " (timeline.categories in jbake.properties)");
        }
        List<String> terms = list(fields.get("terms"));
        terms.stream().filter(term -> !termExists.test(term)).forEach(term -> problems.at(displayPath,
                line(fields.get("terms")), label + ": unknown glossary term '" + term + "'"));
        Optional<TimelineEvent.Source> source = source(fields.get("source"), label, mapping);
        Map<String, String> titles = translations(fields.get("titles"), title, label, "title");
        Map<String, String> descriptions = translations(fields.get("descriptions"), description, label, "description");
        if (count() > before || date.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new TimelineEvent(date.get(), title, description, category, terms, list(fields.get("tags")),
                source.get(), titles, descriptions));
    }

    /**
     * A text's translations, {@code titles: {ar: ..., ru: ...}}: each in a language the site declares, other than
     * the default, and each writing the numbers the original does, as a translated page must.
     */
    private Map<String, String> translations(Node node, String original, String label, String field) {
        Map<String, String> translations = new TreeMap<>();
        if (node == null) {
            return translations;
        }
        if (!(node instanceof MappingNode mapping)) {
            problems.at(displayPath, line(node), label + ": " + field + "s must map language codes to the " + field
                    + " in that language, as in " + field + "s: {ar: ..., ru: ...}");
            return translations;
        }
        List<String> inOriginal = WrittenNumbers.of(languages.getDefault().getTag()).in(original).stream().sorted().toList();
        for (NodeTuple tuple : mapping.getValue()) {
            String code = text(tuple.getKeyNode());
            String translation = text(tuple.getValueNode());
            Optional<Language> language = languages.byCode(code).filter(declared -> !declared.getCode().equals(languages.getDefault().getCode()));
            if (language.isEmpty()) {
                problems.at(displayPath, line(tuple.getKeyNode()), label + ": " + field + "s has '" + code
                        + "', which is no other language this site declares (" + otherCodes() + ")");
            } else if (translation.isBlank()) {
                problems.at(displayPath, line(tuple.getValueNode()), label + ": " + field + "s." + code + " is empty");
            } else {
                List<String> numbers = WrittenNumbers.of(language.get().getTag()).in(translation).stream().sorted().toList();
                if (!numbers.equals(inOriginal)) {
                    problems.at(displayPath, line(tuple.getValueNode()), label + ": the " + field + " in '" + code
                            + "' writes the numbers " + numbers + " and the " + field + " " + inOriginal
                            + "; a translation keeps every number of its original, in digits where it writes digits");
                }
                translations.put(code, translation);
            }
        }
        return translations;
    }

    private String otherCodes() {
        return languages.all().stream().filter(language -> !language.getCode().equals(languages.getDefault().getCode()))
                .map(Language::getCode).reduce((one, other) -> one + ", " + other).orElse("none");
    }

    private Optional<TimelineEvent.Source> source(Node node, String label, Node event) {
        if (!(node instanceof MappingNode mapping)) {
            problems.at(displayPath, line(node == null ? event : node), label + ": has no source (publisher, title, date, url)");
            return Optional.empty();
        }
        Map<String, Node> fields = fields(mapping);
        int before = count();
        unknownFields(fields, SOURCE_FIELDS, label + ", source", mapping);
        String publisher = text(fields.get("publisher"));
        String title = text(fields.get("title"));
        String url = text(fields.get("url"));
        String archived = text(fields.get("archived"));
        require(publisher, label, "source publisher", mapping);
        require(title, label, "source title", mapping);
        Optional<PartialDate> date = date(fields.get("date"), label, "source date", mapping);
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            problems.at(displayPath, line(fields.getOrDefault("url", mapping)), label + ": the source url '" + url
                    + "' is not a web address (http:// or https://)");
        }
        if (!archived.isEmpty() && !archived.startsWith("https://") && !archived.startsWith("http://")) {
            problems.at(displayPath, line(fields.get("archived")), label + ": the source's archived copy '" + archived
                    + "' is not a web address (http:// or https://)");
        }
        return count() > before || date.isEmpty() ? Optional.empty()
                : Optional.of(new TimelineEvent.Source(publisher, title, date.get(), url, archived));
    }

    private Optional<PartialDate> date(Node node, String label, String field, Node parent) {
        String value = text(node);
        Optional<PartialDate> date = PartialDate.parse(value);
        if (date.isEmpty()) {
            problems.at(displayPath, line(node == null ? parent : node), label + ": " + field + " '" + value
                    + "' is not a date; write \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\" in quotes");
        }
        return date;
    }

    private void require(String value, String label, String field, Node parent) {
        if (value.isBlank()) {
            problems.at(displayPath, line(parent), label + ": has no " + field);
        }
    }

    private void unknownFields(Map<String, Node> fields, Set<String> allowed, String label, Node parent) {
        fields.keySet().stream().filter(name -> !allowed.contains(name)).forEach(name -> problems.at(displayPath,
                line(fields.get(name)), label + ": unknown field '" + name + "'; allowed: " + String.join(", ", allowed)));
    }

    private int count() {
        return problems.size();
    }

    private static String label(int number, String title) {
        return "event " + number + (title.isBlank() ? "" : " (\"" + title + "\")");
    }

    private static Map<String, Node> fields(MappingNode mapping) {
        Map<String, Node> fields = new HashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            fields.put(text(tuple.getKeyNode()), tuple.getValueNode());
        }
        return fields;
    }

    private static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue().strip() : "";
    }

    private static List<String> list(Node node) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(TimelineLoader::text).filter(s -> !s.isEmpty()).toList();
        }
        return List.of();
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
