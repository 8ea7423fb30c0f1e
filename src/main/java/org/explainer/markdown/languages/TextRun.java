package org.explainer.markdown.languages;

/**
 * A run of text in one language, for a template to mark up as the Markdown dialect does.
 *
 * @param language    the language tag, or empty for the page's own language
 * @param rightToLeft whether the run is in a right-to-left script
 * @param isolated    whether the run goes the other way from the page (left to right on a
 *                    right-to-left page), so it is set apart with {@code <bdi>}
 */
public record TextRun(String text, String language, boolean rightToLeft, boolean isolated) {
}
