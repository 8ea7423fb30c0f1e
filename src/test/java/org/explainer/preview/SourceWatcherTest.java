package org.explainer.preview;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** What wakes the preview: any change in a folder of sources, and in the repository only the files that move HEAD. */
class SourceWatcherTest {

    @TempDir
    Path dir;

    private static CompletableFuture<Void> awaiting(SourceWatcher watcher) {
        return CompletableFuture.runAsync(() -> {
            try {
                watcher.awaitChange();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    @Test
    void aCommitWakesThePreviewAndGitsOtherFilesDoNot() throws IOException, InterruptedException, ExecutionException, TimeoutException {
        Path content = Files.createDirectories(dir.resolve("content"));
        Path git = Files.createDirectories(dir.resolve(".git"));
        Files.writeString(git.resolve("HEAD"), "ref: refs/heads/main\n");
        Files.writeString(git.resolve("index"), "");
        try (SourceWatcher watcher = new SourceWatcher(List.of(content), List.of(git.resolve("HEAD")))) {
            CompletableFuture<Void> woken = awaiting(watcher);
            Files.writeString(git.resolve("index"), "staged");
            assertThrows(TimeoutException.class, () -> woken.get(500, TimeUnit.MILLISECONDS), "git's index is not a change");
            Files.writeString(git.resolve("HEAD"), "ref: refs/heads/other\n");
            woken.get(5, TimeUnit.SECONDS);

            CompletableFuture<Void> edited = awaiting(watcher);
            Files.writeString(content.resolve("page.md"), "text");
            edited.get(5, TimeUnit.SECONDS);
        }
    }
}
