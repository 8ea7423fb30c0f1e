package org.explainer.content;

import org.explainer.base.ProblemCollector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads every file under the content folder into {@link SourceFile}s, reporting anything that would
 * make JBake skip a file or publish it under a broken address.
 */
public final class ContentScanner {

    /** Extensions the Markdown engine is registered for. */
    public static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown");

    private final Path projectDir;
    private final Path contentDir;
    private final HeaderParser parser;
    private final HeaderValidator validator;
    private final Set<String> unreadable = new TreeSet<>();

    /** @param termCategories the categories the site declares for glossary entries */
    public ContentScanner(Path projectDir, Path contentDir, String headerSeparator, List<String> termCategories) {
        this.projectDir = projectDir;
        this.contentDir = contentDir;
        this.parser = new HeaderParser(headerSeparator);
        this.validator = new HeaderValidator(termCategories);
    }

    /** All well-formed content files, drafts included; every problem found goes to {@code problems}. */
    public List<SourceFile> scan(ProblemCollector problems) {
        unreadable.clear();
        List<SourceFile> sources = new ArrayList<>();
        for (Path file : files()) {
            SourceLocation location = locate(file);
            if (!hasAcceptableName(location, problems)) {
                continue;
            }
            Optional<SourceFile> source = read(location, problems).flatMap(text -> parser.parse(location, text, problems));
            source.ifPresent(read -> Hints.reportLeftInBody(read, problems));
            if (source.isPresent() && validator.validate(source.get(), problems)) {
                sources.add(source.get());
            } else {
                unreadable.add(location.contentPath());
            }
        }
        return sources;
    }

    /**
     * The content files the last {@link #scan} found but could not take as pages, each for a problem it reported:
     * a link to one, or a translation of one, is not reported again as a link to a page that does not exist.
     */
    public Set<String> unreadable() {
        return Set.copyOf(unreadable);
    }

    private List<Path> files() {
        try (Stream<Path> walk = Files.walk(contentDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + contentDir, e);
        }
    }

    private SourceLocation locate(Path file) {
        String contentPath = contentDir.relativize(file).toString().replace('\\', '/');
        String displayPath = projectDir.relativize(file).toString().replace('\\', '/');
        return new SourceLocation(file, displayPath, contentPath);
    }

    private boolean hasAcceptableName(SourceLocation location, ProblemCollector problems) {
        String path = location.contentPath();
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 ? "" : path.substring(dot + 1);
        if (!MARKDOWN_EXTENSIONS.contains(extension)) {
            problems.in(location.displayPath(), "only Markdown files (.md) belong in the content folder; "
                    + "put images and other files in assets/");
            return false;
        }
        for (String segment : path.substring(0, dot).split("/")) {
            if (!PageNames.isValid(segment)) {
                problems.in(location.displayPath(), "the name '" + segment + "' becomes part of a web address: "
                        + PageNames.RULE);
                return false;
            }
        }
        return true;
    }

    private Optional<String> read(SourceLocation location, ProblemCollector problems) {
        try {
            byte[] bytes = Files.readAllBytes(location.file());
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text);
        } catch (CharacterCodingException e) {
            problems.in(location.displayPath(), "the file is not valid UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            problems.in(location.displayPath(), "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }
}
