package org.explainer.bench;

import java.util.List;

/**
 * The untimed first run of a timed Maven command. Every timed build runs offline ({@code -o}), so that
 * the network never shows in a figure; the run before them is the same command online, so that it
 * fetches once whatever the local Maven repository lacks (this project's plugins and libraries, the
 * test engine's surefire provider, stock JBake's plugin and the clean plugin its throwaway project
 * uses). On a fresh machine with an empty repository that run downloads; on a warm one it fetches nothing.
 */
final class Online {

    private static final String OFFLINE = "-o";

    private Online() {
    }

    /** {@code command}, a Maven command that runs offline, without its offline switch. */
    static List<String> of(List<String> command) {
        if (!command.contains(OFFLINE)) {
            throw new IllegalArgumentException("not an offline Maven command: " + String.join(" ", command));
        }
        return command.stream().filter(argument -> !argument.equals(OFFLINE)).toList();
    }
}
