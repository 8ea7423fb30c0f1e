package org.explainer.markdown;

import org.explainer.build.BuildFailure;
import org.explainer.testing.InMemorySite;
import org.explainer.testing.MarkdownSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs every example of src/test/resources/specs/term-references.md. */
class TermReferenceSpecTest {

    static List<MarkdownSpec.Example> examples() {
        return MarkdownSpec.read(Path.of("src/test/resources/specs/term-references.md"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(MarkdownSpec.Example example) {
        InMemorySite site = new InMemorySite()
                .term("tartus", "Tartus", "Tartous, Tartous port", "A port city on Syria's coast.")
                .term("khmeimim", "Khmeimim Air Base", "Hmeimim", "A Russian air base near Jableh.")
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
