package org.explainer.gates;

/**
 * One problem a gate found: where it is (a file of the site or an address), the line when known
 * (0 when not), and what is wrong, in words a template author can act on.
 */
public record Finding(String where, int line, String message) {

    public static Finding at(String where, String message) {
        return new Finding(where, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? where + ":" + line + ": " + message : where + ": " + message;
    }
}
