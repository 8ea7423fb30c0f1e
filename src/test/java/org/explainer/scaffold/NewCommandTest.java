package org.explainer.scaffold;

import org.explainer.testing.TestProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command writers run: its message, and an exit code Maven fails on when it refuses. */
class NewCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String output) {
    }

    private Run run(String... arguments) throws IOException, InterruptedException {
        // As pom.xml's execution runs it, C1 only: the command is over before C2 would pay back.
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "org.explainer.Main", "new",
                "--project=" + dir));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        return new Run(process.exitValue(), output);
    }

    @Test
    void createsThePageThenRefusesToOverwriteItWithANonZeroExit() throws IOException, InterruptedException {
        TestProject.create(dir);
        Run created = run("--type=explainer", "--title=What happened to Russia's wheat?", "--name=");
        assertEquals(0, created.exit(), created.output());
        assertTrue(created.output().contains("Created content/explainers/what-happened-to-russias-wheat.md"), created.output());
        assertTrue(Files.readString(dir.resolve("content/explainers/what-happened-to-russias-wheat.md"))
                .startsWith("title=What happened to Russia's wheat?\n"));

        Run refused = run("--type=explainer", "--title=What happened to Russia's wheat?", "--name=");
        assertEquals(1, refused.exit(), refused.output());
        assertTrue(refused.output().contains("No page was created: content/explainers/what-happened-to-russias-wheat.md already exists"),
                refused.output());
    }
}
