<#ftl output_format="HTML" strip_whitespace=true>
<#-- Text direction. -->

<#-- A value that may be in another script than the page's (a name in Latin letters, an address), isolated
     on a right-to-left page so that the punctuation after it stays on its side. On a left-to-right page it
     is written as it is: the Markdown dialect marks right-to-left runs there itself. -->
<#macro isolated><#if text.rightToLeft><bdi><#nested></bdi><#else><#nested></#if></#macro>

<#-- A writer's text with every run in another script the site names marked with its language (and
     direction), as the Markdown dialect marks it in page bodies: a run going the other way from the page
     (Latin in Arabic) is isolated with bdi, so the punctuation beside it stays put. Header fields (a summary,
     a correction note) go through it where templates show them. Parameters: text; languages, the
     org.explainer.markdown.languages.LanguageRuns for the site and the language of the page the text is from
     (site.languageRuns, or site.edition(language).languageRuns). -->
<#macro inLanguages text languages><#list languages.runs(text) as run><#if run.isolated()><bdi lang="${run.language()}">${run.text()}</bdi><#elseif run.language()?has_content><span lang="${run.language()}"<#if run.rightToLeft()> dir="rtl"</#if>>${run.text()}</span><#else>${run.text()}</#if></#list></#macro>
