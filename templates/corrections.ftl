<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/history.ftl" as history>
<#import "lib/navigation.ftl" as navigation>
<#import "lib/direction.ftl" as direction>
<#-- One language's corrections, newest first, each told once: what was wrong, on which of its pages, when. Each language has its own,
     in its folder; only a build with history has them. They are in the sitemap, unlike the history pages. -->
<#global site = content.site>
<#global text = content.text>
<#assign root = site.folderRoot>
<#assign editions = site.readEditions?map(edition -> {"language": edition.language, "uri": edition.correctionsUri})>
<@layout.frame uri=site.correctionsUri root=root title=text("corrections.title")
    summary=text("corrections.description") editions=editions>
<#if editions?size gt 1><@navigation.languageLinks editions=editions uri=site.correctionsUri root=root/></#if>
<article class="article">
  <header class="article-header">
    <h1 class="article-header__title">${text("corrections.title")}</h1>
    <p class="article-header__summary">${text("corrections.summary")}</p>
    <p><a href="${root}${site.correctionsFeedUri}">${text("corrections.feed")}</a></p>
  </header>
  <#assign corrections = site.corrections>
  <#if corrections?has_content>
  <ul class="corrections-list">
    <#list corrections as note>
    <li><#assign date><time datetime="${note.change.date}">${text("date.day", {"date": note.change.date})}</time></#assign><#assign link><a href="${root}${note.page.uri}">${note.page.title}</a></#assign><#assign pageHistory><a href="${root}${note.page.historyUri}">${text("corrections.history")}</a></#assign><#assign correction><#if note.fromRepository><@history.fromRepository words=note.text/><#else><@direction.inLanguages text=note.text languages=site.languageRuns/></#if></#assign><p class="corrections-list__page">${text("corrections.item", {"date": date, "page": link})}</p><p>${text("corrections.item.text", {"correction": correction, "history": pageHistory})}</p></li>
    </#list>
  </ul>
  <#else>
  <p>${text("corrections.none")}</p>
  </#if>
  <#-- An edition's readers also read the default language's pages it has no translation of: their corrections are there. -->
  <#assign original = site.edition(site.settings.languages().getDefault())>
  <#if original.language.code != site.language.code>
  <#assign link><a href="${root}${original.correctionsUri}" hreflang="${original.language.tag}">${text("corrections.untranslated.link")}</a></#assign>
  <p>${text("corrections.untranslated", {"link": link})}</p>
  </#if>
</article>
</@layout.frame>
