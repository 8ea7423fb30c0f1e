<#ftl output_format="HTML" strip_whitespace=true>
<#--
  A glossary term referenced in Markdown ([Tartus](term:tartus)): a real link to the entry, then a
  button that opens the definition in a popover. The popover is declarative HTML (popovertarget): it
  works with keyboard, touch and screen readers and needs no script; browsers without popover support
  get the plain link (see the stylesheet). A word joiner (U+2060) between the two keeps the button on the
  line of the link's last word: a button is a place a line may break. One line with no line break after it
  (<#t>): it sits in a sentence, where a line break would show as a space.
  Parameter: reference, an org.explainer.markdown.terms.internal.TermReferenceRenderer.Reference:
    href()       the link to the entry, relative to the page
    text()       the link text as HTML, already rendered and escaped from the reference's Markdown by
                 the dialect, so it is output as it is (?no_esc)
    popoverId()  the popover's id, unique on the page
    term()       the org.explainer.glossary.Term: its title and definition
    language()   the entry's language tag when the page's language has no entry of its own, so the link leads
                 to the default language's entry (hreflang) and the popover is in its language (lang, and its
                 direction, dir="auto"); the link's words are the writer's, in the page's language; else empty
-->
<#-- Read once: JBake's model answers every look-up of a parameter by first asking its model extractors,
     which throw an exception for a name they do not know. This partial is rendered for every reference
     on every page; one look-up instead of eight halves the time the dialect takes (README, "Partials"). -->
<#assign reference = reference, term = reference.term(), language = reference.language()>
<span class="term"><a class="term__link" href="${reference.href()}"<#if language?has_content> hreflang="${language}"</#if>>${reference.text()?no_esc}</a>&#8288;<button class="term__toggle" type="button" popovertarget="${reference.popoverId()}" aria-label="${text("term.reference.label", {"term": term.title})}"><span aria-hidden="true">?</span></button><span class="term__popover" id="${reference.popoverId()}" popover=""<#if language?has_content> lang="${language}" dir="auto"</#if>><strong class="term__title">${term.title}</strong> ${term.definition}</span></span><#t>
