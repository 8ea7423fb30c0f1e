package org.explainer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a spec file of examples: under each {@code ##} heading, a {@code ```markdown} block and
 * either a {@code ```html} block (what it renders to) or an {@code ```error} block (what the build says).
 */
public final class MarkdownSpec {

    /** One example of a spec. */
    public record Example(String name, String markdown, String html, String error) {
        @Override
        public String toString() {
            return name;
        }
    }

    private MarkdownSpec() {
    }

    public static List<Example> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> examples = new ArrayList<>();
        String name = null;
        String markdown = null;
        String html = null;
        String error = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                if (name != null) {
                    examples.add(new Example(name, markdown, html, error));
                }
                name = line.substring(3).strip();
                markdown = html = error = null;
            } else if (line.startsWith("```") && line.length() > 3) {
                String kind = line.substring(3).strip();
                StringBuilder block = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).equals("```"); i++) {
                    block.append(lines.get(i)).append('\n');
                }
                switch (kind) {
                    case "markdown" -> markdown = block.toString();
                    case "html" -> html = block.toString();
                    case "error" -> error = block.toString().strip();
                    default -> throw new IllegalStateException(file + ": unknown block kind " + kind);
                }
            }
        }
        if (name != null) {
            examples.add(new Example(name, markdown, html, error));
        }
        return examples;
    }
}
