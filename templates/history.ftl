<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/history.ftl" as history>
<#import "lib/layout.ftl" as layout>
<#-- A page's history page, beside it: every change since it was published, newest first, each compared word by word. -->
<#global site = content.site>
<#global text = content.text>
<#assign page = content.page>
<#assign record = page.history>
<@layout.frame page=page uri=page.historyUri title=text("history.title", {"page": page.title})
    summary=text("history.description", {"page": page.title}) indexed=false>
<article class="article history">
  <header class="article-header">
    <p class="article-header__kind">${text("history.kind")}</p>
    <h1 class="article-header__title">${page.title}</h1>
    <p><a href="${page.root}${page.uri}">${text("history.back")}</a> · <a href="${page.root}${site.correctionsUri}">${text("corrections.all")}</a></p>
    <dl class="dates">
      <#if record.published><div><dt>${text("history.first.published")}</dt><dd><time datetime="${record.firstPublished}">${text("date.day", {"date": record.firstPublished})}</time></dd></div></#if>
      <div><dt>${text("history.last.changed")}</dt><dd><@history.lastChanged history=record/></dd></div>
      <#if page.reviewed?has_content><div><dt>${text("article.reviewed")}</dt><dd><time datetime="${page.reviewed}">${text("date.day", {"date": page.reviewed})}</time></dd></div></#if>
    </dl>
  </header>
  <p>${text("history.intro")}</p>
  <#if record.changes?has_content>
  <ol class="history__changes" reversed>
    <#list record.changes as change>
    <@history.change page=page change=change number=record.changes?size - change?index/>
    </#list>
  </ol>
  <#else>
  <p>${text("history.none")}</p>
  </#if>
</article>
</@layout.frame>
