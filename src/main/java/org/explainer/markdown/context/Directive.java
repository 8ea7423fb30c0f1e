package org.explainer.markdown.context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A directive: a paragraph consisting only of {@code {{name argument key=value ...}}}, which the build
 * replaces with generated content, such as {@code {{map bases}}} or {@code {{timeline tag=bases}}}.
 *
 * @param name     what to generate
 * @param argument the first bare word after the name, or empty
 * @param options  the {@code key=value} pairs
 */
public record Directive(String name, String argument, Map<String, String> options) {

    private static final Pattern WHOLE = Pattern.compile("\\{\\{\\s*([a-z][a-z0-9-]*)((?:\\s+[^\\s}]+)*)\\s*}}");

    /** The directive a paragraph's text is, if it is one. */
    public static Optional<Directive> parse(String paragraphText) {
        Matcher matcher = WHOLE.matcher(paragraphText.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String argument = "";
        Map<String, String> options = new LinkedHashMap<>();
        for (String word : matcher.group(2).strip().split("\\s+")) {
            int equals = word.indexOf('=');
            if (word.isEmpty()) {
                continue;
            }
            if (equals > 0) {
                options.put(word.substring(0, equals), word.substring(equals + 1));
            } else if (argument.isEmpty()) {
                argument = word;
            }
        }
        return Optional.of(new Directive(matcher.group(1), argument, Map.copyOf(options)));
    }

    public String option(String key) {
        return options.getOrDefault(key, "");
    }
}
