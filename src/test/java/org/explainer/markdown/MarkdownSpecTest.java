package org.explainer.markdown;

import org.explainer.base.BuildFailure;
import org.explainer.base.ScriptLanguages;
import org.explainer.testing.InMemorySite;
import org.explainer.testing.MarkdownSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs every example of the Markdown specs in src/test/resources/specs/: Markdown in, HTML (or an error) out. */
class MarkdownSpecTest {

    static List<MarkdownSpec.Example> examples() throws IOException {
        try (Stream<Path> specs = Files.list(Path.of("src/test/resources/specs"))) {
            return specs.sorted().flatMap(spec -> MarkdownSpec.read(spec).stream()).toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(MarkdownSpec.Example example) {
        InMemorySite site = new InMemorySite(new Markdown(ScriptLanguages.parse("Cyrillic:ru, Arabic:ar")))
                .term("tartus", "Tartus", "Tartous, Tartous port", "A port city on Syria's coast.")
                .term("khmeimim", "Khmeimim Air Base", "Hmeimim", "A Russian air base near Jableh.")
                .page("background/agreements.md", "background", "## The 2017 agreement\n\nText.\n")
                .page("about.md", "page", "How we work.\n")
                .page("explainers/page.md", "explainer", example.markdown());
        if (example.error() != null) {
            BuildFailure failure = assertThrows(BuildFailure.class, site::assemble);
            assertTrue(failure.getMessage().contains(example.error()),
                    () -> "expected the error\n  " + example.error() + "\nbut the build said\n" + failure.getMessage());
        } else {
            assertEquals(example.html(), site.render("explainers/page.md"));
        }
    }
}
