<#ftl output_format="HTML" strip_whitespace=true>
<#import "lib/lists.ftl" as lists>
<#import "lib/meta.ftl" as meta>
<#--
  The preview's list of every draft (drafts.html), so a writer can open one; the production build
  never renders it. It has no page of its own, so it has the site's stylesheet but not its frame.
-->
<#global site = config.site_model>
<#global root = "">
<!DOCTYPE html>
<html lang="${site.settings.language}">
<head>
<meta charset="utf-8">
<@meta.policies/>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Drafts · ${site.settings.title}</title>
<link rel="stylesheet" href="css/site.css">
</head>
<body>
<main id="main" class="site-main">
  <h1>Drafts</h1>
  <p class="draft-banner"><strong>Preview only.</strong> These pages have <code>status=draft</code>: the published site leaves them out. <a href="./">Home page</a></p>
  <#if site.drafts?has_content>
  <@lists.pages pages=site.drafts/>
  <#else>
  <p>There are no drafts.</p>
  </#if>
</main>
</body>
</html>
