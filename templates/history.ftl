<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/history.ftl" as history>
<#import "lib/layout.ftl" as layout>
<#-- A page's history page, beside it: every change since it was published, newest first, each compared word by word. -->
<#global site = config.site_model>
<#assign page = content.page>
<#assign record = page.history>
<@layout.frame page=page uri=page.historyUri title="History: " + page.title
    summary="Every change to “" + page.title + "” since it was published." indexed=false>
<article class="article history">
  <header class="article-header">
    <p class="article-header__kind">Page history</p>
    <h1 class="article-header__title">${page.title}</h1>
    <p><a href="${page.root}${page.uri}">Back to the page</a> · <a href="${page.root}corrections.html">All corrections</a></p>
    <dl class="dates">
      <#if record.published><div><dt>First published</dt><dd><time datetime="${record.firstPublished}">${record.firstPublishedDisplay}</time></dd></div></#if>
      <div><dt>Last changed</dt><dd><@history.lastChanged history=record/></dd></div>
      <#if page.reviewed?has_content><div><dt>Last reviewed</dt><dd><time datetime="${page.reviewed}">${page.reviewedDisplay}</time></dd></div></#if>
    </dl>
  </header>
  <p>Every change since the page was published, newest first, from the site's repository. A correction fixed a fact; other changes are wording, sources or new information.</p>
  <#if record.changes?has_content>
  <ol class="history__changes" reversed>
    <#list record.changes as change>
    <@history.change page=page change=change number=record.changes?size - change?index/>
    </#list>
  </ol>
  <#else>
  <p>The page has not been published in a commit yet.</p>
  </#if>
</article>
</@layout.frame>
