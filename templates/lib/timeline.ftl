<#ftl output_format="HTML" strip_whitespace=true>
<#--
  Parts of the timeline and its extracts (partials/timeline.ftl, partials/timeline-extract.ftl). Each
  macro is written on one line: they sit inside lines of text, where a line break would show as a space.
-->

<#-- A date at its own precision ("1971", "July 1944", "21 July 1944"), machine-readable too.
     Parameters: date, an org.explainer.timeline.PartialDate. -->
<#macro time date><time datetime="${date.iso()}">${text("date." + date.precision(), {"date": date.iso()})}</time></#macro>

<#-- A link to an event's source, around the nested content. Parameters: source, an
     org.explainer.timeline.TimelineEvent.Source. -->
<#macro sourceLink source><a class="external" rel="external" href="${source.url()}"><#nested></a></#macro>

<#-- After a source, its archived copy if it has one: the copy a reader can still open when the original
     has moved or gone. Parameters: source, an org.explainer.timeline.TimelineEvent.Source. -->
<#macro archivedCopy source><#if source.archived()?has_content> (<a class="external" rel="external" href="${source.archived()}">${text("sources.archived")}</a>)</#if></#macro>

