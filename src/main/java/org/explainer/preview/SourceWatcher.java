package org.explainer.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Watches the site's source folders (and new folders inside them) for any change. */
final class SourceWatcher implements AutoCloseable {

    // Editors save in bursts (temp file, rename, touch) a few milliseconds long; one rebuild per burst
    // is enough. Every millisecond waited here is added to the writer's wait for the page.
    private static final long QUIET_MILLIS = 10;

    private final WatchService service;
    /** The folders watched for some of their files alone, with those files' names; a folder of sources is not here. */
    private final Map<Path, Set<Path>> filesByFolder = new HashMap<>();

    /**
     * @param roots folders whose every change counts, at any depth (the content, templates, ...)
     * @param files single files whose change counts (the repository's HEAD): their folders' other files do not
     */
    SourceWatcher(List<Path> roots, List<Path> files) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
        for (Path file : files) {
            if (Files.isDirectory(file.getParent())) {
                filesByFolder.computeIfAbsent(file.getParent(), folder -> new HashSet<>()).add(file.getFileName());
            }
        }
        for (Path folder : filesByFolder.keySet()) {
            folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        }
    }

    /** Blocks until something changed, then returns once the burst of changes has settled. */
    void awaitChange() throws InterruptedException {
        while (!drain(service.take())) {
            // Only other files of a folder watched for one of them changed (git's index beside its HEAD).
        }
        WatchKey next;
        while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
            drain(next);
        }
    }

    /** Takes a folder's events; whether any of them counts. */
    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        Set<Path> only = filesByFolder.get(dir);
        boolean counts = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || only == null) {
                counts = true;
            } else {
                counts |= only.contains((Path) event.context());
            }
            if (only == null && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                Path created = dir.resolve((Path) event.context());
                if (Files.isDirectory(created)) {
                    registerTree(created);
                }
            }
        }
        key.reset();
        return counts;
    }

    private void registerTree(Path root) {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClosedWatchServiceException e) {
            // closing down
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
