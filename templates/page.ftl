<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/navigation.ftl" as navigation>
<#import "lib/article.ftl" as article>
<#-- A plain page, such as the about page: header, "On this page", the text, dates. -->
<#global site = config.site_model>
<#assign page = site.page(content.uri)>
<#global root = page.root>
<#-- JBake picks a template by page type only, so a page with a layout is handed to <layout>.ftl here.
     Once the build's JBake seam picks <layout>.ftl itself, this line and the last one go. -->
<#if page.layout?has_content><#include page.layout + ".ftl"><#else>
<@layout.frame page=page>
<@navigation.breadcrumbs page=page/>
<article class="article">
  <@article.header page=page/>
  <@article.toc page=page/>
  <div class="prose">
    ${content.body?no_esc}
  </div>
  <@article.dates page=page/>
</article>
</@layout.frame>
</#if>
