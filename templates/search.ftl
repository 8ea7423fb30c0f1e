<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/navigation.ftl" as navigation>
<#import "lib/article.ftl" as article>
<#import "lib/search.ftl" as search>
<#-- The search page (layout=search): its text, then the search form and its results. -->
<#global site = content.site>
<#global text = content.text>
<#assign page = content.page>
<#global root = page.root>
<@layout.frame page=page>
<@navigation.breadcrumbs page=page/>
<@article.withGeneratedPart page=page body=content.body>
  <@search.form page=page/>
</@article.withGeneratedPart>
</@layout.frame>
