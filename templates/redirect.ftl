<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#-- A moved page's old address: sends the reader on to the page's address now, which is the canonical one. -->
<#global site = config.site_model>
<#assign redirect = content.redirect>
<#assign page = redirect.target>
<#assign target = redirect.root + page.canonicalPath>
<#if !target?has_content><#assign target = "./"></#if>
<@layout.frame page=page uri=redirect.uri root=redirect.root title="Moved: " + page.title
    summary="This page has moved to " + page.title + "." canonical=page.canonicalPath indexed=false refresh=target>
<p>This page has moved to <a href="${target}">${page.title}</a>.</p>
</@layout.frame>
