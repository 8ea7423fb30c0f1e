package org.explainer.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/** What a folder holds, cheaply: every file's path, size and modification time, so that two looks compare. */
final class FolderSnapshot {

    private FolderSnapshot() {
    }

    static String of(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "";
        }
        StringBuilder snapshot = new StringBuilder();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                snapshot.append(dir.relativize(file)).append(' ').append(attributes.size()).append(' ')
                        .append(attributes.lastModifiedTime()).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        return snapshot.toString();
    }
}
