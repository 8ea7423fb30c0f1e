<#ftl output_format="HTML" strip_whitespace=true>
<#--
  A page's footnotes as its "Sources", after the text: each note with a link back to every place
  that cites it (org.explainer.markdown.sources.SourcesExtension).
  Parameters:
    headingId  the id of the section's heading, which links and the table of contents point to
    sources    a list of SourcesExtension.Source: id() of the note, html() of its text, archived() the
               address of its archived copy or empty, backLinkIds() of the references to it in the page's text
-->
<section class="sources" aria-labelledby="${headingId}">
<h2 id="${headingId}">${text("sources.title")}</h2>
<ol>
<#list sources as source>
<li id="${source.id()}">
<#-- Already HTML: the note's Markdown, rendered and escaped by the Markdown dialect. -->
${source.html()?no_esc}
<#-- Beside the original: the copy a reader can still open when the publisher has moved or removed it. -->
<#if source.archived()?has_content>
<span class="sources__archived">(<a href="${source.archived()}" class="external" rel="external">${text("sources.archived")}</a>)</span>
</#if>
<#list source.backLinkIds() as backLinkId>
<a href="#${backLinkId}" class="footnote-backref" aria-label="${text("sources.back")}">↩︎</a>
</#list>
</li>
</#list>
</ol>
</section>
