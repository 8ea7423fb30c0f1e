package org.explainer.markdown.context;


import java.util.Optional;

/** Generates the content of one kind of directive. */
public interface DirectiveHandler {

    /** The directive's name, as written after {@code {{}. */
    String name();

    /** What is wrong with this use of the directive, if anything, in words a writer understands. */
    Optional<String> check(Directive directive);

    /**
     * Told of every checked use, before any page renders (a handler may need to know where it is used).
     *
     * @param languageCode the language the page is written in
     */
    default void used(Directive directive, String pageUri, String languageCode) {
    }

    /**
     * How many words the directive adds to a page in the language, which the page's reading time counts (the
     * whole timeline is most of its page's text).
     */
    default int words(Directive directive, String languageCode) {
        return 0;
    }

    /** The HTML that replaces the directive on the page; only called for directives that passed {@link #check}. */
    String render(Directive directive, PageContext page);
}
