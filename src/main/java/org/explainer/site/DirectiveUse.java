package org.explainer.site;

import org.explainer.markdown.context.Directive;

/** A directive as written in a page's Markdown, with the file line it stands on. */
public record DirectiveUse(Directive directive, int line) {
}
