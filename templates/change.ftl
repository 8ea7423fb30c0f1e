<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/history.ftl" as history>
<#import "lib/layout.ftl" as layout>
<#-- One change to a page, beside it: its date and summary, and the text before and after compared word by word,
     as readers read it (org.explainer.history.PageHistory.compare: the Markdown rendered to text, block by block). -->
<#global site = content.site>
<#global text = content.text>
<#assign page = content.page>
<#assign change = content.change>
<@layout.frame page=page uri=page.changeUri(content.number) title=text("change.title", {"page": page.title})
    summary=text("change.description", {"page": page.title}) indexed=false>
<article class="article history">
  <header class="article-header">
    <p class="article-header__kind">${text("change.kind")}</p>
    <h1 class="article-header__title">${page.title}</h1>
    <p><a href="${page.root}${page.uri}">${text("history.back")}</a> · <a href="${page.root}${page.historyUri}">${text("change.every.change")}</a></p>
  </header>
  <h2 class="history__heading"><@history.changeTitle change=change/></h2>
  <@history.commit change=change/>
  <@history.correctionNote change=change/>
  <#assign blocks = page.history.compare(change)>
  <#if blocks?filter(block -> block.changed)?has_content>
  <p>${text("change.intro")}</p>
  <#else>
  <p>${text("change.markup.only")}</p>
  </#if>
  <@history.diff blocks=blocks/>
</article>
</@layout.frame>
