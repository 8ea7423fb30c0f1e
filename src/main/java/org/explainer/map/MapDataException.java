package org.explainer.map;

/**
 * A map's data file (a {@link MapSpec} or {@link GeoData} file) is unreadable or breaks its format.
 * The message names the file and the entry at fault, so a writer can fix it without reading code.
 */
public final class MapDataException extends RuntimeException {

    public MapDataException(String message) {
        super(message);
    }

    public MapDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
