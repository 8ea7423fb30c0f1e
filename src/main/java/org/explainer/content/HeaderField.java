package org.explainer.content;

/** A {@code name=value} line of a page header, with the line it stands on so errors can point at it. */
public record HeaderField(String name, String value, int line) {
}
