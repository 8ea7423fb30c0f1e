package org.explainer.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README and the writing guide are read in a clone of the repository, so every file they link
 * must be in it: a path outside the repository is missing for everyone but its author.
 */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    /** Examples of Markdown, in code blocks and code spans, are not links of the document itself. */
    private static final Pattern CODE = Pattern.compile("(?s)```.*?```|`[^`\n]*`");
    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/writing-guide.md"})
    void everyLinkedFileIsInTheRepository(String document) throws IOException {
        Path file = Path.of(document);
        Matcher matcher = LINK.matcher(CODE.matcher(Files.readString(file)).replaceAll(""));
        while (matcher.find()) {
            String target = matcher.group(1).replaceFirst("#.*", "");
            if (target.isEmpty() || target.matches("[a-z]+:.*")) {
                continue;
            }
            Path resolved = ROOT.resolve(file).getParent().resolve(target).normalize();
            assertTrue(resolved.startsWith(ROOT), document + " links " + target + ", outside the repository");
            assertTrue(Files.exists(resolved), document + " links " + target + ", which does not exist");
        }
    }
}
