package org.explainer.site;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to write instead of a piece of raw HTML. No raw HTML is published: it would bypass every
 * check the build makes (links, terms, accessibility, the page budget), and a script or an embed would
 * load things from elsewhere. Markdown has an equivalent for everything a page needs.
 */
final class RawHtmlAdvice {

    private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9-]*)");

    private static final String NOT_ON_THIS_SITE = "pages run no scripts and embed nothing from other sites;"
            + " link to it instead: [what it shows](https://...)";

    private static final Map<String, String> INSTEAD = Map.ofEntries(
            Map.entry("script", NOT_ON_THIS_SITE),
            Map.entry("iframe", NOT_ON_THIS_SITE),
            Map.entry("embed", NOT_ON_THIS_SITE),
            Map.entry("object", NOT_ON_THIS_SITE),
            Map.entry("video", NOT_ON_THIS_SITE),
            Map.entry("audio", NOT_ON_THIS_SITE),
            Map.entry("form", NOT_ON_THIS_SITE),
            Map.entry("style", "the site's stylesheet styles every page; write plain Markdown"),
            Map.entry("div", "write plain Markdown paragraphs; the templates give the page its structure and style"),
            Map.entry("span", "write plain Markdown; words in another script are marked with their language by the build"),
            Map.entry("p", "separate paragraphs with a blank line"),
            Map.entry("br", "start a new paragraph with a blank line, or end the line with a backslash \\"),
            Map.entry("a", "write a link as [text](address), or [text](../background/page.md) for a page of the site"),
            Map.entry("img", "write an image as ![what the image shows](file.svg)"),
            Map.entry("b", "write **bold**"),
            Map.entry("strong", "write **bold**"),
            Map.entry("i", "write *italics*"),
            Map.entry("em", "write *italics*"),
            Map.entry("h2", "write a heading as ## Heading"),
            Map.entry("h3", "write a heading as ### Heading"),
            Map.entry("ul", "write a list with - at the start of each item"),
            Map.entry("ol", "write a numbered list with 1. at the start of each item"),
            Map.entry("li", "write a list with - at the start of each item"),
            Map.entry("table", "write a Markdown table: | Column | Column |, then | --- | --- |, then a line per row"),
            Map.entry("blockquote", "write a quotation with > at the start of each line"),
            Map.entry("sup", "cite a source with a footnote, [^name], and its note [^name]: ... at the end"),
            Map.entry("code", "write code between backticks, `like this`"),
            Map.entry("pre", "write code between lines of three backticks, ```"),
            Map.entry("hr", "write a line of three hyphens, ---, between blank lines"));

    private RawHtmlAdvice() {
    }

    /** The error for raw HTML as written, e.g. {@code <div onclick="...">}, naming what to write instead. */
    static String about(String html) {
        String shown = html.strip().lines().findFirst().orElse("");
        if (shown.startsWith("<!--")) {
            return "an HTML comment, " + quote(shown) + ", would be shown to readers as text; remove it"
                    + " (keep notes for editors in the pull request)";
        }
        Matcher tag = TAG.matcher(shown);
        String name = tag.lookingAt() ? tag.group(1).toLowerCase(Locale.ROOT) : "";
        String instead = INSTEAD.getOrDefault(name, name.matches("h[1-6]") ? INSTEAD.get("h2")
                : "write it in Markdown; to show a < as text, write \\<");
        return "raw HTML is not published: " + quote(shown) + "; " + instead;
    }

    private static String quote(String html) {
        return "'" + (html.length() > 60 ? html.substring(0, 57) + "..." : html) + "'";
    }
}
