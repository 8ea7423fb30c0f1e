package org.explainer.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value worked out from a few small files, kept while their bytes stay the same: the preview then
 * does not redo, on every keystroke, work whose inputs the writer did not touch.
 */
final class FileMemo<T> {

    private Map<Path, byte[]> inputs;
    private T value;

    /** The value for {@code files} as they are now; {@code compute} runs only if a file changed, appeared or went. */
    synchronized T get(List<Path> files, Supplier<T> compute) {
        Map<Path, byte[]> now = read(files);
        if (value == null || !sameBytes(now, inputs)) {
            value = Objects.requireNonNull(compute.get());
            inputs = now;
        }
        return value;
    }

    /** Forgets the value, for one whose computation reported problems and must be redone. */
    synchronized void forget() {
        value = null;
        inputs = null;
    }

    private static Map<Path, byte[]> read(List<Path> files) {
        Map<Path, byte[]> bytes = new LinkedHashMap<>();
        for (Path file : files) {
            try {
                bytes.put(file, Files.isRegularFile(file) ? Files.readAllBytes(file) : null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }

    private static boolean sameBytes(Map<Path, byte[]> now, Map<Path, byte[]> before) {
        if (!now.keySet().equals(before.keySet())) {
            return false;
        }
        return now.entrySet().stream().allMatch(entry -> Arrays.equals(entry.getValue(), before.get(entry.getKey())));
    }
}
