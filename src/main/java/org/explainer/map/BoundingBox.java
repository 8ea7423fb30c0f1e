package org.explainer.map;

/** A box of longitudes and latitudes in decimal degrees, as west, south, east, north. */
public record BoundingBox(double west, double south, double east, double north) {

    public BoundingBox {
        if (!(west < east) || !(south < north)) {
            throw new IllegalArgumentException("bounding box needs west < east and south < north, got "
                    + west + ", " + south + ", " + east + ", " + north);
        }
    }

    public boolean contains(double lon, double lat) {
        return lon >= west && lon <= east && lat >= south && lat <= north;
    }

    public boolean contains(BoundingBox other) {
        return contains(other.west, other.south) && contains(other.east, other.north);
    }

    public double centreLon() {
        return (west + east) / 2;
    }

    public double centreLat() {
        return (south + north) / 2;
    }
}
