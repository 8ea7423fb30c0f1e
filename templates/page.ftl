<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/navigation.ftl" as navigation>
<#import "lib/article.ftl" as article>
<#-- A plain page, such as the about page: header, "On this page", the text, dates. -->
<#global site = content.site>
<#global text = content.text>
<#assign page = content.page>
<#global root = page.root>
<@layout.frame page=page>
<@navigation.breadcrumbs page=page/>
<article class="article">
  <@article.header page=page/>
  <@article.toc page=page/>
  <div class="prose">
    ${content.body?no_esc}
  </div>
  <@article.corrections page=page/>
  <@article.dates page=page/>
</article>
</@layout.frame>
