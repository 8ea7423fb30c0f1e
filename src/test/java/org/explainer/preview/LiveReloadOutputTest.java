package org.explainer.preview;

import org.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Not a byte of the live reload reaches a built site: the preview's server adds it while serving, to responses only. */
class LiveReloadOutputTest {

    /** What any trace of the live reload contains: its address, its script's name, its overlay's class. */
    private static final List<String> MARKERS = List.of(LiveReload.PATH, "__preview", "live.js", "preview-problems");

    @TempDir
    Path dir;

    private TestProject project() {
        return TestProject.create(dir)
                .page("explainers/one.md", "explainer", "One", "", "Some text.")
                .write("content/explainers/draft.md", "title=Draft\ntype=explainer\nsummary=Not yet.\n"
                        + "date=2025-08-01\nreviewed=2025-08-01\nstatus=draft\n~~~~~~\nDraft text.\n");
    }

    @Test
    void theProductionBuildContainsNoTraceOfTheLiveReload() throws IOException {
        TestProject project = project();
        project.build();
        assertEquals(List.of(), traces(project.output()));
    }

    @Test
    void thePreviewsOwnOutputOnDiskContainsNoTraceEither() throws IOException {
        TestProject project = project();
        project.preview();
        assertTrue(Files.isRegularFile(project.output().resolve("explainers/draft.html")), "the preview build ran");
        assertEquals(List.of(), traces(project.output()));
    }

    /** Every file of the output that contains a marker, with the marker. */
    private static List<String> traces(Path output) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                MARKERS.stream().filter(text::contains).forEach(marker -> found.add(output.relativize(file) + ": " + marker));
            }
        }
        return found;
    }
}
