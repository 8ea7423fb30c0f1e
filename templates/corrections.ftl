<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#-- Every correction on the site, newest first: what was wrong, on which page, when. Only a build with history has it;
     it is in the sitemap, unlike the history pages. -->
<#global site = config.site_model>
<@layout.frame uri="corrections.html" root="" title="Corrections"
    summary="Every correction of a fact on this site, newest first.">
<article class="article">
  <header class="article-header">
    <h1 class="article-header__title">Corrections</h1>
    <p class="article-header__summary">Every correction of a fact on this site, newest first, with what was wrong.</p>
    <p><a href="corrections.xml">Atom feed of corrections</a></p>
  </header>
  <#assign commits = site.corrections>
  <#if commits?has_content>
  <ul class="corrections-list">
    <#list commits as note>
    <li><time datetime="${note.change.date}">${note.change.dateDisplay}</time>, <a href="${note.page.uri}">${note.page.title}</a>: ${note.change.correction} (<a href="${note.page.historyUri}">history</a>)</li>
    </#list>
  </ul>
  <#else>
  <p>No commit has been marked as a correction.</p>
  </#if>
  <#assign notes = site.pages?filter(p -> p.correction?has_content)>
  <#if notes?has_content>
  <h2>Correction notes on pages</h2>
  <p>Corrections the writers noted on the pages themselves.</p>
  <ul class="corrections-list">
    <#list notes as note>
    <li><a href="${note.uri}">${note.title}</a>: ${note.correction}</li>
    </#list>
  </ul>
  </#if>
</article>
</@layout.frame>
