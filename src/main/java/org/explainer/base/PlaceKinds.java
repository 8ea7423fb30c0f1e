package org.explainer.base;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of place a site's maps may mark, from the setting {@code map.place.kinds} in
 * jbake.properties: {@code city:dot, capital:ringed-dot, port:triangle, sea:name-only}.
 */
public final class PlaceKinds {

    public static final PlaceKinds NONE = new PlaceKinds(Map.of());

    private static final String WORD = "[a-z0-9]+(-[a-z0-9]+)*";

    private final Map<String, PlaceKind> kinds;

    private PlaceKinds(Map<String, PlaceKind> kinds) {
        this.kinds = kinds;
    }

    /** @throws IllegalArgumentException naming the pair that is not {@code kind:symbol} */
    public static PlaceKinds parse(String setting) {
        Map<String, PlaceKind> kinds = new LinkedHashMap<>();
        for (String pair : setting.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            String[] parts = pair.split(":", -1);
            String name = parts[0].strip();
            if (parts.length != 2 || !name.matches(WORD)) {
                throw new IllegalArgumentException("'" + pair.strip() + "' is not kind:symbol, as in city:dot");
            }
            PlaceSymbol symbol = PlaceSymbol.byWord(parts[1].strip()).orElseThrow(() -> new IllegalArgumentException(
                    "'" + parts[1].strip() + "' is not a symbol; use " + symbols()));
            if (kinds.put(name, new PlaceKind(name, symbol)) != null) {
                throw new IllegalArgumentException("the kind '" + name + "' is named twice");
            }
        }
        return new PlaceKinds(Map.copyOf(kinds));
    }

    public Optional<PlaceKind> kind(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    /** The kinds' names, A–Z, for messages. */
    public List<String> names() {
        return kinds.keySet().stream().sorted().toList();
    }

    public boolean isEmpty() {
        return kinds.isEmpty();
    }

    private static String symbols() {
        return Arrays.stream(PlaceSymbol.values()).map(PlaceSymbol::word).collect(Collectors.joining(", "));
    }
}
