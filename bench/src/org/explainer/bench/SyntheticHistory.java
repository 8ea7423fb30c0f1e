package org.explainer.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Gives a synthetic site a git history, so a bake reads every page's history as the real site's does:
 * the site as first written, then a number of commits, each editing one page, every 25th a correction
 * (a {@code Correction:} trailer) and every 100th the renaming of an explainer, with the links to it
 * changed in the same commit. The work tree ends as the last commit. The commits are written in one
 * {@code git fast-import}, which takes seconds where a commit at a time would take minutes; the same
 * seed gives the same history.
 */
final class SyntheticHistory {

    private static final long FIRST_COMMIT_SECONDS = 1_735_732_800L; // 1 January 2025, noon UTC

    private SyntheticHistory() {
    }

    /** Commits the site in {@code dir} (content/ and data/timeline.yml), then {@code commits} changes to it. */
    static void commit(Path dir, int commits) throws IOException, InterruptedException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir.resolve("content"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        files.put("data/timeline.yml", Files.readString(dir.resolve("data/timeline.yml"), StandardCharsets.UTF_8));
        Random random = new Random(2_000L + commits);
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        Map<String, String> changed = new TreeMap<>(files);
        List<String> removed = new ArrayList<>();
        append(stream, 0, "Add the site", changed, removed);
        for (int n = 1; n <= commits; n++) {
            changed.clear();
            removed.clear();
            List<String> pages = files.keySet().stream().filter(path -> path.startsWith("content/explainers/explainer-")
                    || path.startsWith("content/background/reference-")).toList();
            String page = pages.get(random.nextInt(pages.size()));
            String message;
            if (n % 100 == 0 && page.startsWith("content/explainers/")) {
                String oldName = page.substring(page.lastIndexOf('/') + 1);
                String newName = oldName.replace(".md", "-moved-" + n + ".md");
                String newPath = page.replace(oldName, newName);
                files.put(newPath, files.remove(page));
                removed.add(page);
                changed.put(newPath, files.get(newPath));
                for (Map.Entry<String, String> file : files.entrySet()) {
                    if (file.getValue().contains(oldName)) {
                        file.setValue(file.getValue().replace(oldName, newName));
                        changed.put(file.getKey(), file.getValue());
                    }
                }
                message = "Rename " + oldName + " to " + newName;
            } else {
                String text = files.get(page);
                String edited = text.stripTrailing() + "\n\nEdit " + n + " adds a sentence about the review.\n";
                files.put(page, edited);
                changed.put(page, edited);
                message = n % 25 == 0 ? "Correct a date in " + page + "\n\nCorrection: the review began in 2025, not 2024."
                        : "Add a sentence to " + page;
            }
            append(stream, n, message, changed, removed);
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        deleteRenamed(dir, files);
        git(dir, null, "init", "-q", "-b", "main");
        git(dir, stream.toByteArray(), "fast-import", "--quiet");
        git(dir, null, "reset", "-q");
    }

    /** Removes the content files the history renamed away, so the work tree is the last commit. */
    private static void deleteRenamed(Path dir, Map<String, String> files) throws IOException {
        try (Stream<Path> walk = Files.walk(dir.resolve("content"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                if (!files.containsKey(dir.relativize(file).toString().replace('\\', '/'))) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void append(ByteArrayOutputStream stream, int n, String message, Map<String, String> changed,
                               List<String> removed) throws IOException {
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        write(stream, "commit refs/heads/main\ncommitter Bench <bench@example.org> " + (FIRST_COMMIT_SECONDS + n * 3600L)
                + " +0000\ndata " + text.length + "\n");
        stream.write(text);
        write(stream, "\n");
        for (String path : removed) {
            write(stream, "D " + path + "\n");
        }
        for (Map.Entry<String, String> file : changed.entrySet()) {
            byte[] bytes = file.getValue().getBytes(StandardCharsets.UTF_8);
            write(stream, "M 100644 inline " + file.getKey() + "\ndata " + bytes.length + "\n");
            stream.write(bytes);
            write(stream, "\n");
        }
        write(stream, "\n");
    }

    private static void write(ByteArrayOutputStream stream, String text) throws IOException {
        stream.write(text.getBytes(StandardCharsets.UTF_8));
    }

    static void git(Path dir, byte[] input, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        if (input != null) {
            try (var in = git.getOutputStream()) {
                in.write(input);
            }
        } else {
            git.getOutputStream().close();
        }
        String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (git.waitFor() != 0) {
            throw new IOException("git " + String.join(" ", arguments) + " failed: " + output);
        }
    }
}
