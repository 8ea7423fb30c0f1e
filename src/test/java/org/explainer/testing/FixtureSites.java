package org.explainer.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whole explainer sites kept in the test sources, each with its own content, data and settings and
 * nothing else, so tests of the machinery do not depend on what the real site happens to say.
 */
public final class FixtureSites {

    /** A small site on the Channel Tunnel: two explainers, a timeline, a glossary and a map of its own. */
    public static final Path CHANNEL_TUNNEL = site("channel-tunnel");

    private FixtureSites() {
    }

    private static Path site(String name) {
        Path dir = Path.of("src/test/resources/sites", name).toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("jbake.properties"))) {
            throw new IllegalStateException("no fixture site at " + dir);
        }
        return dir;
    }
}
