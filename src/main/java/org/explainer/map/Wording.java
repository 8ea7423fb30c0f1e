package org.explainer.map;

import org.explainer.base.Language;

/**
 * A piece of a map's text as drawn on the map of one language: the words, the language they are in, and
 * whether that is another language than the map's, for want of a translation. Text in another
 * language says so, so that a screen reader reads it in that language and it runs in its own direction.
 */
public record Wording(String text, Language language, boolean isFallback) {
}
