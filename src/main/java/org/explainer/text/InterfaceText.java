package org.explainer.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;
import org.explainer.base.Language;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Every word the templates print in one language, by key: {@code nav.main} is "Main". Templates reach
 * it through one function, {@code text("key")}, or {@code text("key", {"minutes": 3})} for a message
 * with placeholders.
 */
public final class InterfaceText {

    private static final JsonFactory JSON = new JsonFactory();

    private final Language language;
    private final Map<String, Message> messages;
    /** The files the messages come from, for the message of a missing key. */
    private final String files;

    InterfaceText(Language language, Map<String, Message> messages, String files) {
        this.language = language;
        this.messages = Map.copyOf(messages);
        this.files = files;
    }

    public Language language() {
        return language;
    }

    /**
     * The message {@code key} with {@code values} in its placeholders.
     *
     * @throws IllegalArgumentException naming the key and the language when there is no such message,
     *                                  or a value is missing
     */
    public String format(String key, Map<String, ?> values) {
        return message(key).format(values);
    }

    /**
     * The messages {@code keys} as JSON, for the site's script: each key with its text or, for a plural,
     * its text for each form ({@link ScriptForm}).
     */
    public String forScript(List<String> keys) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            for (String key : keys) {
                json.writeFieldName(key);
                ScriptForm.write(message(key), json);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The name of the language {@code tag} (a BCP 47 tag) in this language, as a sentence has it: "английский". */
    public String languageName(String tag) {
        return ULocale.getDisplayLanguage(tag, ULocale.forLocale(language.locale()));
    }

    /**
     * The name of the language {@code tag} as a label standing alone, such as a glossary entry's "Arabic:",
     * capitalised as the language capitalises one ("Арабский", where a sentence has "арабский").
     */
    public String languageLabel(String tag) {
        return LocaleDisplayNames.getInstance(ULocale.forLocale(language.locale()), DisplayContext.CAPITALIZATION_FOR_STANDALONE)
                .languageDisplayName(ULocale.forLanguageTag(tag).getLanguage());
    }

    private Message message(String key) {
        Message message = messages.get(key);
        if (message == null) {
            throw new IllegalArgumentException("the interface text of the language '" + language.getCode() + "' has no "
                    + key + " (" + files + ")");
        }
        return message;
    }
}
