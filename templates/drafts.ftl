<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/lists.ftl" as lists>
<#import "lib/meta.ftl" as meta>
<#--
  The preview's list of every draft (drafts.html), so a writer can open one; the production build
  never renders it. It has no page of its own, so it has the site's stylesheet but not its frame.
-->
<#global site = content.site>
<#global text = content.text>
<#global root = "">
<!DOCTYPE html>
<html lang="${site.language.tag}" dir="${site.language.dir}">
<head>
<meta charset="utf-8">
<@meta.policies/>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${text("page.title", {"page": text("drafts.title"), "site": text("site.title")})}</title>
<link rel="stylesheet" href="css/site.css">
</head>
<body>
<main id="main" class="site-main">
  <h1>${text("drafts.title")}</h1>
  <p class="draft-banner"><#assign setting><code>status=draft</code></#assign><strong>${text("drafts.banner.title")}</strong> ${text("drafts.banner", {"setting": setting})} <a href="./">${text("nav.home.page")}</a></p>
  <#if site.drafts?has_content>
  <@lists.pages pages=site.drafts/>
  <#else>
  <p>${text("drafts.none")}</p>
  </#if>
</main>
</body>
</html>
