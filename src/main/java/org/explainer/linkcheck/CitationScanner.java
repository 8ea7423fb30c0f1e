package org.explainer.linkcheck;

import org.explainer.markdown.sources.ArchivedCopy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Collects every external address the site's sources cite, from the files as writers wrote them, so
 * each comes with its file and line: in Markdown under the content folder, bare addresses
 * ({@code <https://...>}, as in footnotes), links ({@code [text](https://...)}) and link definitions;
 * in the YAML under the data folder, every field whose value is an address (a timeline event's
 * {@code source.url}, a map's credits). A footnote ending in {@value ArchivedCopy#LABEL} and an
 * address gives the addresses before it that archived copy; in YAML, an {@code archived} field gives
 * it to the address just before it.
 */
public final class CitationScanner {

    private static final String ADDRESS = "https?://";
    private static final Pattern BARE = Pattern.compile("<(" + ADDRESS + "[^>\\s]+)>");
    /** One level of parentheses inside the address, as in encyclopaedia addresses. */
    private static final Pattern LINK = Pattern.compile("\\]\\((" + ADDRESS + "(?:[^()\\s]|\\([^()\\s]*\\))+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]^][^\\]]*\\]:\\s*<?(" + ADDRESS + "[^>\\s]+)>?");
    private static final Pattern YAML_VALUE = Pattern.compile("^[\\s-]*([\\w.-]+):\\s*[\"']?(" + ADDRESS + "[^\\s\"']+)[\"']?\\s*(?:#.*)?$");
    /** In YAML, the field holding the archived copy of the address given just before it (a timeline source's {@code url}). */
    private static final String YAML_ARCHIVED = "archived";
    private static final Pattern FOOTNOTE = Pattern.compile("^\\s{0,3}\\[\\^[^\\]]+\\]:");
    private static final Pattern ARCHIVED_AT_END = Pattern.compile("\\s" + Pattern.quote(ArchivedCopy.LABEL) + "\\s*<(" + ADDRESS + "[^>\\s]+)>\\s*$");

    private final Path project;
    private final Map<String, List<Citation>> citations = new LinkedHashMap<>();
    private final Map<String, String> archived = new LinkedHashMap<>();

    private CitationScanner(Path project) {
        this.project = project;
    }

    /** Every external address cited under {@code contentDir} and {@code dataDir}, in the order first cited. */
    public static List<CitedAddress> scan(Path project, Path contentDir, Path dataDir) {
        CitationScanner scanner = new CitationScanner(project);
        files(contentDir, ".md").forEach(scanner::scanMarkdown);
        files(dataDir, ".yml").forEach(scanner::scanYaml);
        return scanner.citations.entrySet().stream()
                .map(entry -> new CitedAddress(entry.getKey(), scanner.archived.getOrDefault(entry.getKey(), ""), List.copyOf(entry.getValue())))
                .toList();
    }

    private void scanMarkdown(Path file) {
        List<String> lines = read(file);
        boolean inCode = false;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.stripLeading().startsWith("```")) {
                // A fenced code block shows Markdown; it cites nothing.
                inCode = !inCode;
                continue;
            }
            if (inCode) {
                continue;
            }
            String copy = "";
            String cited = line;
            Matcher archive = ARCHIVED_AT_END.matcher(line);
            if (FOOTNOTE.matcher(line).find() && archive.find() && citesAddress(line.substring(0, archive.start()))) {
                copy = archive.group(1);
                cited = line.substring(0, archive.start());
                add(copy, file, index + 1);
            }
            List<String> found = new ArrayList<>();
            collect(BARE, cited, found);
            collect(LINK, cited, found);
            collect(DEFINITION, cited, found);
            for (String url : found) {
                add(url, file, index + 1);
                if (!copy.isEmpty()) {
                    archived.put(url, copy);
                }
            }
        }
    }

    private void scanYaml(Path file) {
        List<String> lines = read(file);
        String previous = "";
        for (int index = 0; index < lines.size(); index++) {
            Matcher value = YAML_VALUE.matcher(lines.get(index));
            if (!value.find()) {
                continue;
            }
            add(value.group(2), file, index + 1);
            if (value.group(1).equals(YAML_ARCHIVED) && !previous.isEmpty()) {
                archived.put(previous, value.group(2));
            }
            previous = value.group(2);
        }
    }

    /** The rule of {@link org.explainer.markdown.sources.ArchivedCopyExtension}: the source's own address comes first. */
    private static boolean citesAddress(String text) {
        return BARE.matcher(text).find() || LINK.matcher(text).find();
    }

    private static void collect(Pattern pattern, String line, List<String> found) {
        Matcher matcher = pattern.matcher(line);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
    }

    private void add(String url, Path file, int line) {
        Citation citation = new Citation(project.relativize(file).toString().replace('\\', '/'), line);
        List<Citation> places = citations.computeIfAbsent(url, key -> new ArrayList<>());
        if (!places.contains(citation)) {
            places.add(citation);
        }
    }

    private static List<Path> files(Path dir, String extension) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
