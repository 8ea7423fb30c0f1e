package org.explainer.directives;

import org.explainer.base.Language;
import org.explainer.base.Languages;
import org.explainer.base.ProblemCollector;
import org.explainer.map.GeoData;
import org.explainer.map.LocatorMap;
import org.explainer.map.MapDataException;
import org.explainer.map.MapLanguage;
import org.explainer.map.MapSpec;
import org.explainer.map.Wording;
import org.explainer.base.PlaceKinds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The site's locator maps: one per file in {@code data/maps/} and language of the site, drawn at build
 * time over the boundary data named by the {@code map.geodata} setting, and published as
 * {@code maps/NAME.svg} in the default language and {@code CODE/maps/NAME.svg} in the others, beside
 * that language's pages.
 */
public final class Maps {

    public static final String OUTPUT_FOLDER = "maps";

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");

    /** A drawn map: its description for the page, in the map's language, and the SVG to publish. */
    public record DrawnMap(String name, MapSpec spec, MapLanguage language, String svg, int width, int height) {

        public String outputPath() {
            String folder = OUTPUT_FOLDER + "/" + name + ".svg";
            return language.isDefault() ? folder : language.language().getCode() + "/" + folder;
        }

        public Wording title() {
            return language.of(spec.title());
        }

        public Wording description() {
            return language.of(spec.description());
        }
    }

    /** Each map, by name, in each language, by code. */
    private final Map<String, Map<String, DrawnMap>> maps;

    private Maps(Map<String, Map<String, DrawnMap>> maps) {
        this.maps = maps;
    }

    /**
     * @param mapsDir     the folder of map files ({@code data/maps})
     * @param geoDataFile the boundary data, or null when the site configures none
     * @param kinds       the kinds of place the site's maps may mark
     * @param languages   the site's languages, each of which gets its own copy of every map
     */
    public static Maps load(Path projectDir, Path mapsDir, Path geoDataFile, PlaceKinds kinds, Languages languages,
                            ProblemCollector problems) {
        Map<String, Map<String, DrawnMap>> maps = new LinkedHashMap<>();
        if (!Files.isDirectory(mapsDir)) {
            return new Maps(maps);
        }
        try (Stream<Path> files = Files.list(mapsDir)) {
            var specs = files.filter(file -> file.toString().endsWith(".yml")).sorted().toList();
            if (specs.isEmpty()) {
                return new Maps(maps);
            }
            if (geoDataFile == null || !Files.isRegularFile(geoDataFile)) {
                problems.in("jbake.properties", "map.geodata must name the boundary data file the maps in "
                        + projectDir.relativize(mapsDir) + " are drawn over");
                return new Maps(maps);
            }
            if (kinds.isEmpty()) {
                problems.in("jbake.properties", "map.place.kinds must name the kinds of place the maps in "
                        + projectDir.relativize(mapsDir) + " mark, each with its symbol, e.g. "
                        + "map.place.kinds=city:dot, capital:ringed-dot, sea:name-only");
                return new Maps(maps);
            }
            GeoData geo = GeoData.load(geoDataFile);
            LocatorMap drawer = new LocatorMap();
            for (Path file : specs) {
                String name = file.getFileName().toString().replaceFirst("\\.yml$", "");
                try {
                    MapSpec spec = MapSpec.load(file, kinds);
                    Map<String, DrawnMap> byLanguage = new LinkedHashMap<>();
                    for (Language language : languages.all()) {
                        MapLanguage mapLanguage = new MapLanguage(language, languages.getDefault());
                        String svg = drawer.render(geo, spec, mapLanguage);
                        Matcher box = VIEW_BOX.matcher(svg);
                        if (!box.find()) {
                            throw new MapDataException(file + ": the drawn map has no viewBox");
                        }
                        byLanguage.put(language.getCode(), new DrawnMap(name, spec, mapLanguage, svg,
                                (int) Math.round(Double.parseDouble(box.group(1))), (int) Math.round(Double.parseDouble(box.group(2)))));
                    }
                    maps.put(name, byLanguage);
                } catch (MapDataException e) {
                    problems.in(projectDir.relativize(file).toString(), e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MapDataException e) {
            problems.in(projectDir.relativize(geoDataFile).toString(), e.getMessage());
        }
        return new Maps(maps);
    }

    /** The map {@code name} as drawn for pages in {@code language}. */
    public Optional<DrawnMap> map(String name, Language language) {
        return Optional.ofNullable(maps.get(name)).map(byLanguage -> byLanguage.get(language.getCode()));
    }

    /** Whether there is a map file {@code name}. */
    public boolean has(String name) {
        return maps.containsKey(name);
    }

    /** Every map in every language. */
    public Iterable<DrawnMap> all() {
        return maps.values().stream().flatMap(byLanguage -> byLanguage.values().stream()).toList();
    }

    public Iterable<String> names() {
        return maps.keySet();
    }
}
