<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#import "lib/navigation.ftl" as navigation>
<#import "lib/article.ftl" as article>
<#import "lib/lists.ftl" as lists>
<#-- The glossary's index (layout=glossary): its text, then every entry A–Z. -->
<#global site = content.site>
<#global text = content.text>
<#assign page = content.page>
<#global root = page.root>
<@layout.frame page=page>
<@navigation.breadcrumbs page=page/>
<@article.withGeneratedPart page=page body=content.body>
  <@lists.glossaryIndex/>
</@article.withGeneratedPart>
</@layout.frame>
