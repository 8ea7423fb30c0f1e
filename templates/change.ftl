<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/history.ftl" as history>
<#import "lib/layout.ftl" as layout>
<#-- One change to a page, beside it: its date and summary, and the text before and after compared word by word,
     as readers read it (org.explainer.history.PageHistory.compare: the Markdown rendered to text, block by block). -->
<#global site = config.site_model>
<#assign page = content.page>
<#assign change = content.change>
<@layout.frame page=page uri=page.changeUri(content.number) title="Change to " + page.title
    summary="How “" + page.title + "” changed: the text before and after, word by word." indexed=false>
<article class="article history">
  <header class="article-header">
    <p class="article-header__kind">Change to a page</p>
    <h1 class="article-header__title">${page.title}</h1>
    <p><a href="${page.root}${page.uri}">Back to the page</a> · <a href="${page.root}${page.historyUri}">Every change to it</a></p>
  </header>
  <h2 class="history__heading"><@history.changeTitle change=change/></h2>
  <#if change.committed><p class="history__commit">Commit <code>${change.commit}</code><#if change.path?ends_with(".yml")>, in the timeline data</#if></p></#if>
  <#if change.correction?has_content>
  <p class="history__correction"><strong>Correction:</strong> ${change.correction}</p>
  </#if>
  <#assign blocks = page.history.compare(change)>
  <#if blocks?filter(block -> block.changed)?has_content>
  <p>Added words are underlined and marked “added”, removed words struck through and marked “removed”; unchanged paragraphs are folded.</p>
  <#else>
  <p>The text readers read did not change: this change was to the page’s markup, its links’ addresses or its settings.</p>
  </#if>
  <@history.diff blocks=blocks/>
</article>
</@layout.frame>
