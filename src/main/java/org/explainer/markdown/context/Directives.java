package org.explainer.markdown.context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The directives a site offers, by name. */
public final class Directives {

    private final Map<String, DirectiveHandler> handlers = new LinkedHashMap<>();

    public Directives(List<DirectiveHandler> handlers) {
        handlers.forEach(handler -> this.handlers.put(handler.name(), handler));
    }

    public Optional<DirectiveHandler> handler(String name) {
        return Optional.ofNullable(handlers.get(name));
    }

    /** What is wrong with a directive as written, if anything. */
    public Optional<String> check(Directive directive) {
        return handler(directive.name())
                .map(handler -> handler.check(directive))
                .orElseGet(() -> Optional.of("unknown directive {{" + directive.name() + "}}; available: "
                        + (handlers.isEmpty() ? "none" : "{{" + String.join("}}, {{", handlers.keySet()) + "}}")));
    }
}
