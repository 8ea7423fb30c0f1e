package org.explainer.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Staging and publishing of the output folder. A build writes into a sibling staging folder; only a
 * complete, checked build replaces the output, so stale files never survive and a failed build never
 * leaves a half-written page behind.
 */
public final class OutputFolders {

    private OutputFolders() {
    }

    public static Path freshStaging(Path output) {
        Path staging = output.resolveSibling(output.getFileName() + ".staging");
        deleteIfPresent(staging);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return staging;
    }

    /** Replaces {@code output} with {@code staging}. */
    public static void publish(Path staging, Path output) {
        Path old = output.resolveSibling(output.getFileName() + ".old");
        try {
            deleteIfPresent(old);
            if (Files.exists(output)) {
                Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            deleteIfPresent(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish " + output, e);
        }
    }

    public static void deleteIfPresent(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
