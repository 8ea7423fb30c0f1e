<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/layout.ftl" as layout>
<#-- A moved page's old address: sends the reader on to the page's address now, which is the canonical one. -->
<#global site = content.site>
<#global text = content.text>
<#assign redirect = content.redirect>
<#assign page = redirect.target>
<#assign target = redirect.root + page.canonicalPath>
<#if !target?has_content><#assign target = "./"></#if>
<@layout.frame page=page uri=redirect.uri root=redirect.root title=text("redirect.title", {"page": page.title})
    summary=text("redirect.moved", {"page": page.title}) canonical=page.canonicalPath indexed=false refresh=target>
<p><#assign link><a href="${target}">${page.title}</a></#assign>${text("redirect.moved", {"page": link})}</p>
</@layout.frame>
