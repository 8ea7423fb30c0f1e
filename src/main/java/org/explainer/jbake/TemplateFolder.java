package org.explainer.jbake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Notices edits to the templates between two bakes of one oven, so that Freemarker's parsed templates
 * are kept while they are current and thrown away as soon as one of them changes.
 */
final class TemplateFolder {

    private final Path dir;
    private Map<String, String> lastSeen = Map.of();

    TemplateFolder(Path dir) {
        this.dir = dir;
    }

    /** Whether any file under the folder was added, removed or modified since the last call. */
    boolean changed() {
        Map<String, String> now = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    now.put(dir.relativize(file).toString(), attributes.lastModifiedTime() + "/" + attributes.size());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir, e);
            }
        }
        boolean changed = !now.equals(lastSeen);
        lastSeen = now;
        return changed;
    }
}
