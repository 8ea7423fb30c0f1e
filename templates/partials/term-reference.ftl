<#ftl output_format="HTML" strip_whitespace=true>
<#--
  A glossary term referenced in Markdown ([Tartus](term:tartus)): a real link to the entry, then a
  button that opens the definition in a popover. The popover is declarative HTML (popovertarget): it
  works with keyboard, touch and screen readers and needs no script; browsers without popover support
  get the plain link (see the stylesheet). One line with no line break after it (<#t>): it sits in a
  sentence, where a line break would show as a space.
  Parameters:
    href       the link to the entry, relative to the page
    text       the link text as HTML: the reference's Markdown, rendered and escaped by the dialect
    popoverId  the popover's id, unique on the page
    term       the org.explainer.glossary.Term: its title and definition
-->
<span class="term"><a class="term__link" href="${href}">${text?no_esc}</a><button class="term__toggle" type="button" popovertarget="${popoverId}" aria-label="Definition: ${term.title}"><span aria-hidden="true">?</span></button><span class="term__popover" id="${popoverId}" popover=""><strong class="term__title">${term.title}</strong> ${term.definition}</span></span><#t>
