<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/navigation.ftl" as navigation>
<#import "lib/article.ftl" as article>
<#-- A background page: reference text with its sources. -->
<#global site = config.site_model>
<#assign page = content.page>
<#global root = page.root>
<@layout.frame page=page>
<@navigation.breadcrumbs page=page/>
<article class="article">
  <@article.header page=page kind="Background"/>
  <@article.toc page=page/>
  <div class="prose">
    ${content.body?no_esc}
  </div>
  <@article.correction page=page/>
  <@article.cite page=page/>
  <@article.related page=page/>
</article>
</@layout.frame>
