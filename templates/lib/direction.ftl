<#ftl output_format="HTML" strip_whitespace=true>
<#-- Text direction. -->

<#-- A value that may be in another script than the page's (a name in Latin letters, an address), isolated
     on a right-to-left page so that the punctuation after it stays on its side. On a left-to-right page it
     is written as it is: the Markdown dialect marks right-to-left runs there itself. -->
<#macro isolated><#if text.rightToLeft><bdi><#nested></bdi><#else><#nested></#if></#macro>
