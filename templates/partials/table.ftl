<#ftl output_format="HTML" strip_whitespace=true>
<#--
  A table in a box that scrolls sideways when the table is wider than the screen
  (org.explainer.markdown.tables.ScrollingTableExtension). The box is a region named by the heading above
  the table, and a keyboard can reach it to scroll; a table with no heading above it gets a plain box.
  Parameters:
    rows       the table's head and body, already HTML: rendered and escaped by the Markdown dialect
    headingId  the id of the heading above the table, or empty
-->
<div class="table-scroll"<#if headingId?has_content> role="region" aria-labelledby="${headingId}" tabindex="0"</#if>>
<table class="table">
${rows?no_esc}
</table>
</div>
