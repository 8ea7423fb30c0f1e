package org.explainer.gates;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON read into plain values (maps, lists and strings), for gates that look into what the site
 * writes as JSON: the search index and JSON-LD. The project has the streaming parser only.
 */
public final class JsonText {

    private static final JsonFactory JSON = new JsonFactory();

    private JsonText() {
    }

    /** Objects become maps in their order, arrays lists, and every scalar its text ({@code null} for null). */
    public static Object parse(String text) throws IOException {
        try (JsonParser parser = JSON.createParser(text)) {
            Object value = value(parser, parser.nextToken());
            if (parser.nextToken() != null) {
                throw new IOException("text after the JSON value");
            }
            return value;
        }
    }

    private static Object value(JsonParser parser, JsonToken token) throws IOException {
        if (token == null) {
            throw new IOException("no JSON value");
        }
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                String field = parser.currentName();
                object.put(field, value(parser, parser.nextToken()));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> array = new ArrayList<>();
            for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                array.add(value(parser, next));
            }
            return array;
        }
        return token == JsonToken.VALUE_NULL ? null : parser.getText();
    }
}
