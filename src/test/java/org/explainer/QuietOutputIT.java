package org.explainer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a writer sees in the terminal: a good bake of the real site, history and all, prints its one summary
 * line and nothing else (no library's notice, no stack trace); a failed one prints its problems and exits 1.
 * The bake runs in its own JVM, as {@code ./mvnw package} runs it, so every library starts as it does there.
 */
class QuietOutputIT {

    @TempDir
    Path dir;

    @Test
    void aGoodBakePrintsOneLine() throws IOException, InterruptedException {
        Run run = bake(Path.of("").toAbsolutePath(), dir.resolve("site"));
        assertAll(
                () -> assertEquals(0, run.exitCode(), run.output()),
                () -> assertEquals(1, run.lines().size(), "more than the summary line:\n" + run.output()),
                () -> assertTrue(run.output().startsWith("Baked "), run.output()));
    }

    @Test
    void aFailedBakePrintsItsProblemsAndNoTrace() throws IOException, InterruptedException {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("jbake.properties"), "site.title=T\nsite.host=http://127.0.0.1:8820/\n");
        Files.writeString(project.resolve("content/index.md"), "title=Home\ntype=page\n~~~~~~\nNo summary.\n");
        Run run = bake(project, dir.resolve("out"));
        assertAll(
                () -> assertEquals(1, run.exitCode(), run.output()),
                () -> assertTrue(run.output().startsWith("The site was not built"), run.output()),
                () -> assertFalse(run.output().contains("\tat "), "a stack trace:\n" + run.output()),
                () -> assertFalse(run.output().contains("SLF4J"), run.output()));
    }

    private record Run(int exitCode, String output) {
        List<String> lines() {
            return output.lines().toList();
        }
    }

    private static Run bake(Path project, Path output) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "bake",
                "--project=" + project, "--output=" + output)
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Run(process.exitValue(), text);
    }
}
