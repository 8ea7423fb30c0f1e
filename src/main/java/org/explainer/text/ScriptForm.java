package org.explainer.text;

import com.fasterxml.jackson.core.JsonGenerator;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import com.ibm.icu.text.MessagePattern.Part;

import java.io.IOException;

/**
 * A message as the site's script takes it, for text the browser writes (search results, the filters'
 * counts): ICU has no equivalent there, so the script gets either the text with its {@code {name}}
 * placeholders, or, for a message that varies with one number or word, an object naming that argument
 * ({@code "arg"}) with the whole text for each form ({@code "one"}, {@code "other"}, {@code "=0"}…),
 * {@code #} written as the placeholder of the number. The script picks the form with the browser's
 * {@code Intl.PluralRules} in the page's language.
 * <p>
 * Only that much is understood: placeholders without a format, one plural or select, and no
 * apostrophe quoting (write ’ in text).
 */
final class ScriptForm {

    private ScriptForm() {
    }

    /**
     * Writes the message as a JSON value.
     *
     * @throws IllegalArgumentException when the message uses more than a script understands
     */
    static void write(Message message, JsonGenerator json) throws IOException {
        String pattern = message.pattern();
        if (pattern.indexOf('\'') >= 0) {
            throw unsupported(message, "an apostrophe; write ’");
        }
        MessagePattern parsed = message.parsed();
        int choice = -1;
        for (int i = 1; i < parsed.countParts() - 1; i++) {
            Part part = parsed.getPart(i);
            if (part.getType() != Part.Type.ARG_START) {
                continue;
            }
            ArgType type = part.getArgType();
            if (type == ArgType.PLURAL || type == ArgType.SELECT) {
                if (choice >= 0) {
                    throw unsupported(message, "two plurals or selects");
                }
                choice = i;
            } else if (type != ArgType.NONE) {
                throw unsupported(message, "a formatted placeholder ({name, number…}); write {name}");
            }
            i = parsed.getLimitPartIndex(i);
        }
        if (choice < 0) {
            json.writeString(pattern);
            return;
        }
        String argument = parsed.getSubstring(parsed.getPart(choice + 1));
        boolean plural = parsed.getPart(choice).getArgType() == ArgType.PLURAL;
        int limit = parsed.getLimitPartIndex(choice);
        String before = pattern.substring(0, parsed.getPart(choice).getIndex());
        String after = pattern.substring(parsed.getPart(limit).getLimit());
        json.writeStartObject();
        json.writeStringField("arg", argument);
        String selector = null;
        for (int i = choice + 2; i < limit; i++) {
            Part part = parsed.getPart(i);
            if (part.getType() == Part.Type.ARG_SELECTOR) {
                selector = parsed.getSubstring(part);
            } else if (part.getType() == Part.Type.MSG_START) {
                int end = parsed.getLimitPartIndex(i);
                String text = branch(message, parsed, i, end);
                json.writeStringField(selector, before + (plural ? text.replace("#", "{" + argument + "}") : text) + after);
                i = end;
            } else if (selector == null) {
                // A number before the first form is the plural's offset; after a form's =N it is N.
                throw unsupported(message, "an offset");
            }
        }
        json.writeEndObject();
    }

    /** One form's text, its placeholders kept. */
    private static String branch(Message message, MessagePattern parsed, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            Part part = parsed.getPart(i);
            if (part.getType() == Part.Type.ARG_START && part.getArgType() != ArgType.NONE) {
                throw unsupported(message, "a plural or a format inside a plural");
            }
        }
        return parsed.getPatternString().substring(parsed.getPart(start).getLimit(), parsed.getPart(end).getIndex());
    }

    private static IllegalArgumentException unsupported(Message message, String what) {
        return new IllegalArgumentException("the text " + message.key() + " is for the browser's script, which does not understand " + what);
    }
}
