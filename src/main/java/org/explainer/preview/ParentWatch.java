package org.explainer.preview;

/**
 * Ends the preview when the process that started it ends. Maven starts the preview in a JVM of its own;
 * Ctrl-C reaches both, but a Maven that is killed (from another terminal, by an editor, by a test
 * harness) would otherwise leave the preview serving the port, with no terminal left to stop it.
 */
final class ParentWatch {

    // ProcessHandle.onExit polls a process that is not its child ever more slowly, up to every 5 s;
    // a fixed short poll frees the port soon enough to start the preview again at once.
    private static final long POLL_MILLIS = 200;

    private ParentWatch() {
    }

    /** Starts watching, unless the preview has no parent to lose (it was started detached, under init). */
    static void start() {
        long parent = parentPid();
        if (parent <= 1) {
            return;
        }
        Thread watch = new Thread(() -> {
            try {
                // A parent that has ended is no longer this process's parent at once, while its isAlive() stays
                // true until whoever started it collects its exit status.
                while (parentPid() == parent) {
                    Thread.sleep(POLL_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            System.out.println("\nThe command that started the preview has ended.");
            System.exit(0);
        }, "preview-parent-watch");
        watch.setDaemon(true);
        watch.start();
    }

    private static long parentPid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
    }
}
