package org.explainer.search;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.explainer.site.Heading;
import org.explainer.site.Page;
import org.explainer.site.Site;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the index the site's search script loads on demand: per page its address, title, summary,
 * headings, glossary names (so a variant spelling finds its entry) and body text. Each language has its
 * own, in its folder, so a reader searches the pages in the language they read, and the default
 * language's pages where that language has no translation, each marked with its language.
 */
public final class SearchIndex {

    public static final String FILE_NAME = "search-index.json";

    // Enough body text to find a page by what it says, without making the index heavier than the pages.
    private static final int BODY_CHARACTERS = 6000;

    private SearchIndex() {
    }

    /** Writes the index of what {@code site}'s readers can read ({@link Site#getPagesToRead}) into {@code file}. */
    public static void write(Site site, Path file) {
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartArray();
            for (Page page : site.getPagesToRead()) {
                if ("not-found".equals(page.getLayout())) {
                    continue;
                }
                json.writeStartObject();
                json.writeStringField("url", page.getUri());
                // A page the edition lacks is found in the default language, and its result says so.
                if (!page.getLanguage().equals(site.getLanguage())) {
                    json.writeStringField("lang", page.getLanguage().getTag());
                    json.writeStringField("dir", page.getLanguage().getDir());
                }
                json.writeStringField("title", page.getTitle());
                json.writeStringField("type", page.getType());
                json.writeStringField("summary", page.getSummary());
                json.writeArrayFieldStart("headings");
                for (Heading heading : page.getTocHeadings()) {
                    json.writeString(heading.getText());
                }
                json.writeEndArray();
                json.writeArrayFieldStart("names");
                if (page.getTerm() != null) {
                    for (String alias : page.getTerm().getAliases()) {
                        json.writeString(alias);
                    }
                    page.getTerm().getOriginalNames().forEach(name -> write(json, name.getText()));
                }
                json.writeEndArray();
                String body = page.analysis().plainText().replaceAll("\\s+", " ").strip();
                json.writeStringField("text", body.length() > BODY_CHARACTERS ? body.substring(0, BODY_CHARACTERS) : body);
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void write(JsonGenerator json, String value) {
        try {
            json.writeString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
