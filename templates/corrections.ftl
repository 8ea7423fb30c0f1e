<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#-- Every correction on the site, newest first: what was wrong, on which page, when. Only a build with history has it;
     it is in the sitemap, unlike the history pages. -->
<#global site = content.site>
<#global text = content.text>
<@layout.frame uri="corrections.html" root="" title=text("corrections.title")
    summary=text("corrections.description")>
<article class="article">
  <header class="article-header">
    <h1 class="article-header__title">${text("corrections.title")}</h1>
    <p class="article-header__summary">${text("corrections.summary")}</p>
    <p><a href="corrections.xml">${text("corrections.feed")}</a></p>
  </header>
  <#assign commits = site.corrections>
  <#if commits?has_content>
  <ul class="corrections-list">
    <#list commits as note>
    <li><#assign date><time datetime="${note.change.date}">${text("date.day", {"date": note.change.date})}</time></#assign><#assign link><a href="${note.page.uri}">${note.page.title}</a></#assign><#assign history><a href="${note.page.historyUri}">${text("corrections.history")}</a></#assign>${text("corrections.item", {"date": date, "page": link, "correction": note.change.correction, "history": history})}</li>
    </#list>
  </ul>
  <#else>
  <p>${text("corrections.none")}</p>
  </#if>
  <#assign notes = site.pages?filter(p -> p.correction?has_content)>
  <#if notes?has_content>
  <h2>${text("corrections.notes.title")}</h2>
  <p>${text("corrections.notes.intro")}</p>
  <ul class="corrections-list">
    <#list notes as note>
    <li><a href="${note.uri}">${note.title}</a>: ${note.correction}</li>
    </#list>
  </ul>
  </#if>
</article>
</@layout.frame>
