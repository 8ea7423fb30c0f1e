<#ftl output_format="HTML" strip_whitespace=true>
<#-- The timeline, rendered from the site's timeline data (see the visuals work); placeholder-free:
     renders nothing until data exists. -->
<#macro full>
</#macro>
