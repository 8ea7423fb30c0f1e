package org.explainer.base;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * A {@code .properties} file read as UTF-8 (not Latin-1, as {@link Properties#load(java.io.InputStream)}
 * would), with the line each key is set on, so that a bad value is reported where it is.
 */
public final class PropertiesFile {

    private final Properties properties;
    private final List<String> lines;

    private PropertiesFile(Properties properties, List<String> lines) {
        this.properties = properties;
        this.lines = lines;
    }

    public static PropertiesFile read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Properties properties = new Properties();
            properties.load(new StringReader(text));
            return new PropertiesFile(properties, text.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The value of {@code key}, or null when it is not set. */
    public String value(String key) {
        return properties.getProperty(key);
    }

    /** Every key, in the order the file sets them. */
    public List<String> keys() {
        return properties.stringPropertyNames().stream().sorted(Comparator.comparingInt(this::lineOf)).toList();
    }

    /** The line that sets {@code key}: the last one, since a later line overrides an earlier one; 0 if none. */
    public int lineOf(String key) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i).stripLeading();
            if (line.startsWith(key) && line.substring(key.length()).matches("\\s*[=:\\s].*|")) {
                return i + 1;
            }
        }
        return 0;
    }
}
