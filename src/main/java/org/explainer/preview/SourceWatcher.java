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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Watches the site's source folders (and new folders inside them) for any change. */
final class SourceWatcher implements AutoCloseable {

    // Editors save in bursts (temp file, rename, touch) a few milliseconds long; one rebuild per burst
    // is enough. Every millisecond waited here is added to the writer's wait for the page.
    private static final long QUIET_MILLIS = 10;

    private final WatchService service;

    SourceWatcher(List<Path> roots) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            }
        }
    }

    /** Blocks until something changed, then returns once the burst of changes has settled. */
    void awaitChange() throws InterruptedException {
        drain(service.take());
        WatchKey next;
        while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
            drain(next);
        }
    }

    private void drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                Path created = dir.resolve((Path) event.context());
                if (Files.isDirectory(created)) {
                    registerTree(created);
                }
            }
        }
        key.reset();
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
