package org.explainer.jbake;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import org.explainer.text.InterfaceText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one way templates reach the interface text: {@code ${text("nav.main")}}, or with values for the
 * message's placeholders, {@code ${text("article.reading.time", {"minutes": page.readingMinutes})}}.
 * A value may be markup (a {@code <time>} or a link captured with {@code <#assign>}): the message's own
 * words are escaped and the markup is put in as it is, so a sentence with a link in it stays one message
 * a translator can reorder. {@code ${text.forScript("key", …)}} gives messages as JSON for the site's
 * script (for a {@code data-text} attribute).
 * <p>
 * A key the language lacks, or a missing value, fails the render with the template's file and line.
 */
final class TextFunction implements TemplateMethodModelEx, TemplateHashModel {

    private static final String FOR_SCRIPT = "forScript";
    private static final String LANGUAGE_NAME = "languageName";
    private static final String LANGUAGE_LABEL = "languageLabel";
    private static final String RIGHT_TO_LEFT = "rightToLeft";
    /** Placeholders for markup values: private-use characters, which no message or value holds. */
    private static final char MARKUP_START = '\uE000';
    private static final char MARKUP_END = '\uE001';

    private final InterfaceText text;

    TextFunction(InterfaceText text) {
        this.text = text;
    }

    @Override
    public Object exec(List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() > 2 || !(arguments.get(0) instanceof TemplateScalarModel key)) {
            throw new TemplateModelException("write text(\"key\") or text(\"key\", {\"name\": value, …})");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        List<String> markup = new ArrayList<>();
        if (arguments.size() == 2) {
            if (!(arguments.get(1) instanceof TemplateHashModelEx2 hash)) {
                throw new TemplateModelException("the values of text(\"" + key.getAsString() + "\", …) go in a hash: {\"name\": value}");
            }
            for (TemplateHashModelEx2.KeyValuePairIterator pairs = hash.keyValuePairIterator(); pairs.hasNext(); ) {
                TemplateHashModelEx2.KeyValuePair pair = pairs.next();
                String name = ((TemplateScalarModel) pair.getKey()).getAsString();
                TemplateModel value = pair.getValue();
                if (value instanceof TemplateMarkupOutputModel<?>) {
                    values.put(name, MARKUP_START + Integer.toString(markup.size()) + MARKUP_END);
                    markup.add(html(key.getAsString(), value));
                } else {
                    values.put(name, DeepUnwrap.unwrap(value));
                }
            }
        }
        String formatted = format(key.getAsString(), values);
        if (markup.isEmpty()) {
            return formatted;
        }
        String html = HTMLOutputFormat.INSTANCE.escapePlainText(formatted);
        for (int i = 0; i < markup.size(); i++) {
            html = html.replace(MARKUP_START + Integer.toString(i) + MARKUP_END, markup.get(i));
        }
        return HTMLOutputFormat.INSTANCE.fromMarkup(html);
    }

    private String format(String key, Map<String, Object> values) throws TemplateModelException {
        try {
            return text.format(key, values);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    private static String html(String key, TemplateModel value) throws TemplateModelException {
        if (!(value instanceof TemplateHTMLOutputModel markup)) {
            throw new TemplateModelException("a value of text(\"" + key + "\", …) is markup, but not HTML");
        }
        return HTMLOutputFormat.INSTANCE.getMarkupString(markup);
    }

    /**
     * {@code text.forScript("key", …)}: the messages as JSON, for the site's script; {@code text.languageName("ar")}:
     * a language's name in this one, as a sentence has it, and {@code text.languageLabel("ar")} as a label
     * standing alone; {@code text.rightToLeft}: whether this language runs right to left, so
     * that a template can isolate a value in another script (templates/lib/direction.ftl).
     */
    @Override
    public TemplateModel get(String name) throws TemplateModelException {
        if (name.equals(RIGHT_TO_LEFT)) {
            return text.language().isRightToLeft() ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE;
        }
        if (name.equals(LANGUAGE_NAME)) {
            return (TemplateMethodModelEx) arguments -> text.languageName(((TemplateScalarModel) arguments.get(0)).getAsString());
        }
        if (name.equals(LANGUAGE_LABEL)) {
            return (TemplateMethodModelEx) arguments -> text.languageLabel(((TemplateScalarModel) arguments.get(0)).getAsString());
        }
        if (!name.equals(FOR_SCRIPT)) {
            throw new TemplateModelException("text has no " + name + "; write text(\"key\"), text." + FOR_SCRIPT
                    + "(\"key\", …), text." + LANGUAGE_NAME + "(\"code\"), text." + LANGUAGE_LABEL + "(\"code\") or text." + RIGHT_TO_LEFT);
        }
        return (TemplateMethodModelEx) arguments -> {
            List<String> keys = new ArrayList<>();
            for (Object argument : arguments) {
                keys.add(((TemplateScalarModel) argument).getAsString());
            }
            try {
                return text.forScript(keys);
            } catch (IllegalArgumentException e) {
                throw new TemplateModelException(e.getMessage());
            }
        };
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
