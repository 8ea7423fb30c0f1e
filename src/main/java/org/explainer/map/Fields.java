package org.explainer.map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checked, typed access to one mapping of a YAML or JSON data file. Every error it raises names the
 * file and the entry, because the person fixing it is a writer looking at that file, not at code.
 */
final class Fields {

    private static final String LANGUAGE_CODE = "[a-z]{2,3}";

    private final Path file;
    private final String entry;
    private final Map<?, ?> values;

    private Fields(Path file, String entry, Map<?, ?> values) {
        this.file = file;
        this.entry = entry;
        this.values = values;
    }

    /** Parses a whole file (JSON is valid YAML, so one parser serves both) and returns its top level. */
    static Fields readFile(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MapDataException(file + ": cannot be read: " + e, e);
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        Object root;
        try {
            root = new Yaml(new SafeConstructor(options)).load(text);
        } catch (YAMLException e) {
            throw new MapDataException(file + ": is not valid YAML or JSON: " + e.getMessage(), e);
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new MapDataException(file + ": should hold a mapping of fields at the top level");
        }
        return new Fields(file, "", map);
    }

    /** The mapping {@code value}, an item of one of this mapping's lists, described as {@code name} in errors. */
    Fields entry(Object value, String name) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new Fields(file, name, Map.of()).error("should be a mapping of fields");
        }
        return new Fields(file, name, map);
    }

    /** The same fields under a more telling name, once that name is known. */
    Fields named(String name) {
        return new Fields(file, name, values);
    }

    /** Rejects misspelt or unsupported keys, which would otherwise be silently ignored. */
    void allowOnly(Set<String> keys) {
        Set<String> unknown = new TreeSet<>();
        values.keySet().forEach(key -> {
            if (!keys.contains(String.valueOf(key))) {
                unknown.add(String.valueOf(key));
            }
        });
        if (!unknown.isEmpty()) {
            throw error("unknown field(s) " + unknown + "; allowed: " + new TreeSet<>(keys));
        }
    }

    String text(String key) {
        return optionalText(key).orElseThrow(() -> missing(key));
    }

    Optional<String> optionalText(String key) {
        return optionalTextOrEmpty(key).map(text -> {
            if (text.isEmpty()) {
                throw error("field \"" + key + "\" is empty");
            }
            return text;
        });
    }

    /** Text that must be present but may be empty, such as a code the source does not always have. */
    String textOrEmpty(String key) {
        return optionalTextOrEmpty(key).orElseThrow(() -> missing(key));
    }

    private Optional<String> optionalTextOrEmpty(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        // YAML reads unquoted yes, no, 1.5 as booleans and numbers; a quoted value is always text.
        if (!(value instanceof String text)) {
            throw error("field \"" + key + "\" should be text, got " + value + " (put it in quotes)");
        }
        return Optional.of(text.strip());
    }

    /**
     * Translations of a text field, written as a mapping from language code to text,
     * {@code {ar: اللاذقية, ru: Латакия}}; empty when the field is absent.
     */
    Map<String, String> translations(String key) {
        Object value = values.get(key);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
            throw error("field \"" + key + "\" should map language codes to text, as {ar: …, ru: …}");
        }
        Map<String, String> translations = new TreeMap<>();
        map.forEach((code, text) -> {
            if (!(code instanceof String language) || !language.matches(LANGUAGE_CODE)) {
                throw error("field \"" + key + "\": \"" + code + "\" is not a language code (two or three lower-case letters, as ar)");
            }
            if (!(text instanceof String words) || words.isBlank()) {
                throw error("field \"" + key + "\": the " + language + " text should be non-empty text, got " + text
                        + " (put it in quotes)");
            }
            translations.put(language, words.strip());
        });
        return translations;
    }

    double number(String key, double min, double max) {
        return number(key, values.get(key), min, max);
    }

    int integer(String key, int min, int max) {
        double value = number(key, min, max);
        if (value != Math.rint(value)) {
            throw error("field \"" + key + "\" should be a whole number, got " + value);
        }
        return (int) value;
    }

    /** A number found inside a list rather than under a key, such as one coordinate of a point. */
    double number(String what, Object value, double min, double max) {
        if (value == null) {
            throw missing(what);
        }
        if (!(value instanceof Number number)) {
            throw error("\"" + what + "\" should be a number, got " + value);
        }
        double result = number.doubleValue();
        if (!(result >= min && result <= max)) {
            throw error("\"" + what + "\" is " + result + ", outside the range " + min + " to " + max);
        }
        return result;
    }

    List<?> list(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw missing(key);
        }
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw error("field \"" + key + "\" should be a non-empty list");
        }
        return list;
    }

    /** A box written as {@code [west, south, east, north]} in decimal degrees. */
    BoundingBox box(String key) {
        List<?> corners = list(key);
        if (corners.size() != 4) {
            throw error("field \"" + key + "\" should be [west, south, east, north], got " + corners);
        }
        double west = number(key + " west", corners.get(0), -180, 180);
        double south = number(key + " south", corners.get(1), -90, 90);
        double east = number(key + " east", corners.get(2), -180, 180);
        double north = number(key + " north", corners.get(3), -90, 90);
        if (!(west < east && south < north)) {
            throw error("field \"" + key + "\" should have west < east and south < north, got " + corners);
        }
        return new BoundingBox(west, south, east, north);
    }

    /** One of an enum's constants, written in lower case in the file. */
    <E extends Enum<E>> E choice(String key, Class<E> type) {
        String value = text(key);
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equals(value)) {
                return constant;
            }
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Fields::name).toList();
        throw error("field \"" + key + "\" is \"" + value + "\"; allowed: " + allowed);
    }

    MapDataException error(String message) {
        return new MapDataException(file + ": " + (entry.isEmpty() ? "" : entry + ": ") + message);
    }

    private MapDataException missing(String key) {
        return error("missing required field \"" + key + "\"");
    }

    private static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
