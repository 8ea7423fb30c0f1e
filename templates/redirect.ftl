<#ftl output_format="HTML" strip_whitespace=true>
<#-- A moved page's old address: sends the reader on to the page's address now, which is the canonical one. -->
<#import "lib/meta.ftl" as meta>
<#global site = config.site_model>
<#assign redirect = content.redirect>
<#assign target = redirect.root + redirect.target.canonicalPath>
<#if !target?has_content><#assign target = "./"></#if>
<!DOCTYPE html>
<html lang="${site.settings.language}">
<head>
<meta charset="utf-8">
<@meta.policies/>
<title>Moved: ${redirect.target.title} · ${site.settings.title}</title>
<meta http-equiv="refresh" content="0; url=${target}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="description" content="This page has moved to ${redirect.target.title}.">
<link rel="canonical" href="${site.settings.url}${redirect.target.canonicalPath}">
<link rel="icon" href="${redirect.root}favicon.svg" type="image/svg+xml">
<meta property="og:title" content="${redirect.target.title}">
<meta property="og:url" content="${site.settings.url}${redirect.target.canonicalPath}">
<meta name="twitter:card" content="summary">
</head>
<body>
<main>
<p>This page has moved to <a href="${target}">${redirect.target.title}</a>.</p>
</main>
</body>
</html>
