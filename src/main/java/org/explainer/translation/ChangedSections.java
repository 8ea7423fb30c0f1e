package org.explainer.translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which parts of a page differ between two versions of its file: the header, the introduction and each
 * section under a {@code ##} heading, matched by heading (the second section of one heading with the
 * second). A section added, or removed, differs too. {@code ##} inside a fenced code block is no heading.
 */
final class ChangedSections {

    private ChangedSections() {
    }

    /** The parts that differ, in the order the newer version has them, then those it no longer has. */
    static List<ChangedSection> between(String before, String after, String separator) {
        Parts then = Parts.of(before, separator);
        Parts now = Parts.of(after, separator);
        List<ChangedSection> changed = new ArrayList<>();
        if (!then.header.equals(now.header)) {
            changed.add(ChangedSection.header());
        }
        now.sections.forEach((key, text) -> {
            if (!Objects.equals(then.sections.get(key), text)) {
                changed.add(key.section());
            }
        });
        then.sections.keySet().stream().filter(key -> !now.sections.containsKey(key)).forEach(key -> changed.add(key.section()));
        return changed;
    }

    /** A section's heading and which one of that heading it is; the introduction has an empty heading. */
    private record Key(String heading, int occurrence) {
        ChangedSection section() {
            return heading.isEmpty() ? ChangedSection.introduction() : ChangedSection.under(heading);
        }
    }

    private record Parts(String header, Map<Key, String> sections) {

        static Parts of(String text, String separator) {
            List<String> lines = text.lines().toList();
            int end = 0;
            while (end < lines.size() && !lines.get(end).strip().equals(separator)) {
                end++;
            }
            String header = String.join("\n", lines.subList(0, Math.min(end, lines.size())));
            Map<Key, String> sections = new LinkedHashMap<>();
            Map<String, Integer> seen = new LinkedHashMap<>();
            Key current = new Key("", 0);
            StringBuilder body = new StringBuilder();
            String fence = null;
            for (String line : lines.subList(Math.min(end + 1, lines.size()), lines.size())) {
                String stripped = line.strip();
                if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                    fence = stripped.substring(0, 3);
                } else if (fence != null && stripped.startsWith(fence)) {
                    fence = null;
                } else if (fence == null && line.startsWith("## ")) {
                    sections.put(current, body.toString().strip());
                    String heading = line.substring(3).replaceAll("\\s+#*\\s*$", "").strip();
                    current = new Key(heading, seen.merge(heading, 1, Integer::sum));
                    body.setLength(0);
                    continue;
                }
                body.append(line).append('\n');
            }
            sections.put(current, body.toString().strip());
            // A page with no introduction has none to change.
            if (sections.get(new Key("", 0)).isEmpty()) {
                sections.remove(new Key("", 0));
            }
            return new Parts(header, sections);
        }
    }
}
