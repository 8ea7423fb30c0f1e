package org.explainer.gates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutputDigestTest {

    @Test
    void aBuildTimestampMakesTwoBuildsDiffer(@TempDir Path dir) throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.writeString(first.resolve("index.html"), "<p>Built at 2026-11-27T13:00:00Z</p>");
        Files.writeString(second.resolve("index.html"), "<p>Built at 2026-11-27T13:00:02Z</p>");
        Files.writeString(first.resolve("same.html"), "<p>Same</p>");
        Files.writeString(second.resolve("same.html"), "<p>Same</p>");
        assertEquals(List.of("index.html: differs"), OutputDigest.of(first).differences(OutputDigest.of(second)));
    }
}
