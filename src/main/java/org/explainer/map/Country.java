package org.explainer.map;

import java.util.List;

/**
 * One country of the boundary data.
 *
 * @param name  the Natural Earth short name, which a {@link MapSpec} names as its focus
 * @param id    the ISO 3166-1 numeric code, or empty where the source has none
 * @param rings outer rings and holes together, each closed; filled with the even-odd rule
 */
public record Country(String name, String id, List<List<LonLat>> rings) {

    public Country {
        rings = rings.stream().map(List::copyOf).toList();
    }
}
