<#ftl output_format="HTML" strip_whitespace=true>
<#import "meta.ftl" as meta>
<#import "navigation.ftl" as navigation>
<#import "draft.ftl" as draft>
<#--
  The frame of every HTML page: document head, skip link, site header, main landmark, footer.
  Parameters:
    page  the org.explainer.site.Page being rendered
  Nested content: what goes inside <main>.
-->
<#macro frame page>
<!DOCTYPE html>
<html lang="${site.settings.language}">
<head>
<meta charset="utf-8">
<@meta.policies/>
<meta name="viewport" content="width=device-width, initial-scale=1">
<#-- The 404 page is served at any missing address, so its relative links must start from the site root. -->
<#if page.layout == "not-found"><base href="${site.settings.basePath}"></#if>
<title><#if page.layout == "home">${site.settings.title}<#else>${text("page.title", {"page": page.title, "site": site.settings.title})}</#if></title>
<@meta.head page=page/>
<@draft.robots page=page/>
<link rel="stylesheet" href="${page.root}css/site.css">
<script src="${page.root}js/site.js" defer></script>
</head>
<#-- data-template names the page template that called this frame, so the accessibility gate can tell the
     shapes of pages apart from the HTML alone (README, "Which rule runs where"). -->
<body data-root="${page.root}" data-template="${.main_template_name?remove_ending(".ftl")}">
<a class="skip-link" href="#main">${text("frame.skip")}</a>
<@navigation.header page=page/>
<main id="main" class="site-main" tabindex="-1">
<@draft.banner page=page/>
<#nested>
</main>
<@navigation.footer page=page/>
<@meta.structuredData page=page/>
</body>
</html>
</#macro>
