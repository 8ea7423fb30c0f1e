<#ftl output_format="HTML" strip_whitespace=true>
<#-- A moved page's old address: sends the reader on to the page's address now, which is the canonical one. -->
<#import "lib/meta.ftl" as meta>
<#global site = config.site_model>
<#global text = content.text>
<#assign redirect = content.redirect>
<#assign target = redirect.root + redirect.target.canonicalPath>
<#if !target?has_content><#assign target = "./"></#if>
<!DOCTYPE html>
<html lang="${site.settings.language}">
<head>
<meta charset="utf-8">
<@meta.policies/>
<title>${text("page.title", {"page": text("redirect.title", {"page": redirect.target.title}), "site": site.settings.title})}</title>
<meta http-equiv="refresh" content="0; url=${target}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="description" content="${text("redirect.moved", {"page": redirect.target.title})}">
<link rel="canonical" href="${site.settings.url}${redirect.target.canonicalPath}">
<link rel="icon" href="${redirect.root}favicon.svg" type="image/svg+xml">
<meta property="og:title" content="${redirect.target.title}">
<meta property="og:url" content="${site.settings.url}${redirect.target.canonicalPath}">
<meta name="twitter:card" content="summary">
</head>
<body>
<main>
<p><#assign link><a href="${target}">${redirect.target.title}</a></#assign>${text("redirect.moved", {"page": link})}</p>
</main>
</body>
</html>
