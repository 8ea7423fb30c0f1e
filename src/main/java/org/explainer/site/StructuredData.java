package org.explainer.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * JSON-LD for a page ({@code Article}, {@code DefinedTerm}, {@code DefinedTermSet}, {@code WebPage}),
 * written with a JSON library and with {@code <}, {@code >} and {@code &} escaped, so no value can
 * end the {@code <script>} element it sits in.
 */
public final class StructuredData {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String GLOSSARY_LAYOUT = "glossary";

    private final Site site;

    StructuredData(Site site) {
        this.site = site;
    }

    public String of(Page page) {
        return write(json -> {
            json.writeStartObject();
            json.writeStringField("@context", "https://schema.org");
            if (page.getTerm() != null) {
                definedTerm(json, page);
            } else if (page == glossary()) {
                json.writeStringField("@type", "DefinedTermSet");
                json.writeStringField("@id", glossaryId());
                json.writeStringField("name", page.getTitle());
                json.writeStringField("description", page.getSummary());
                json.writeStringField("url", url(page));
                json.writeArrayFieldStart("hasDefinedTerm");
                for (Page term : site.getTerms()) {
                    json.writeStartObject();
                    definedTerm(json, term);
                    json.writeEndObject();
                }
                json.writeEndArray();
            } else {
                json.writeStringField("@type", page.isExplainer() ? "Article" : "WebPage");
                json.writeStringField(page.isExplainer() ? "headline" : "name", page.getTitle());
                json.writeStringField("description", page.getSummary());
                json.writeStringField("url", url(page));
                json.writeStringField("datePublished", page.getDate());
                json.writeStringField("dateModified", page.getReviewed());
                json.writeStringField("inLanguage", page.getLanguage().getTag());
                organisation(json, "author");
                organisation(json, "publisher");
            }
            json.writeEndObject();
        });
    }

    private void definedTerm(JsonGenerator json, Page page) throws IOException {
        json.writeStringField("@type", "DefinedTerm");
        json.writeStringField("name", page.getTitle());
        json.writeStringField("description", page.getSummary());
        json.writeStringField("url", url(page));
        json.writeArrayFieldStart("alternateName");
        for (String alias : page.getTerm().getAliases()) {
            json.writeString(alias);
        }
        for (var original : page.getTerm().getOriginalNames()) {
            json.writeString(original.getText());
        }
        json.writeEndArray();
        if (glossary() != null) {
            json.writeStringField("inDefinedTermSet", glossaryId());
        }
    }

    private void organisation(JsonGenerator json, String field) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("@type", "Organization");
        json.writeStringField("name", site.getSettings().getPublisher());
        json.writeStringField("url", site.getSettings().getUrl());
        json.writeEndObject();
    }

    /** The glossary's A–Z page, which is the set every term belongs to; null if the site has none. */
    private Page glossary() {
        return site.pageWithLayout(GLOSSARY_LAYOUT);
    }

    private String glossaryId() {
        return url(glossary()) + "#glossary";
    }

    private String url(Page page) {
        return site.getSettings().getUrl() + page.getCanonicalPath();
    }

    private interface JsonWriting {
        void write(JsonGenerator json) throws IOException;
    }

    private static String write(JsonWriting writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setCharacterEscapes(new ScriptSafeEscapes());
            writing.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Escapes the characters that could close or confuse an HTML {@code <script>} element. */
    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        ScriptSafeEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return new SerializedString(String.format("\\u%04x", ch));
        }
    }
}
