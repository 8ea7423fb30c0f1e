<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/navigation.ftl" as navigation>
<#import "lib/article.ftl" as article>
<#-- An explainer: header, "On this page", the text with its key points and sources, citation, related pages. -->
<#global site = config.site_model>
<#assign page = content.page>
<#global root = page.root>
<@layout.frame page=page>
<@navigation.breadcrumbs page=page/>
<article class="article">
  <@article.header page=page kind="Explainer"/>
  <@article.toc page=page/>
  <div class="prose">
    ${content.body?no_esc}
  </div>
  <@article.correction page=page/>
  <@article.cite page=page/>
  <@article.related page=page/>
</article>
</@layout.frame>
