<#ftl output_format="HTML" strip_whitespace=true>
<#import "/lib/timeline.ftl" as timeline>
<#import "/lib/direction.ftl" as direction>
<#--
  A compact extract of the timeline for an explainer ({{timeline tag=bases}}): dates, titles and
  sources, with a link to the full timeline.
  Parameters:
    events            the selected org.explainer.timeline.TimelineEvent list
    fullTimelineHref  the link to the page with the full timeline, or empty on that page or without one
    languages         the site's org.explainer.markdown.languages.LanguageRuns
-->
<figure class="timeline-extract">
<figcaption class="timeline-extract__caption">${text("timeline.extract.title")}</figcaption>
<ol class="timeline-extract__events">
<#list events as event>
<li class="timeline-extract__event"><@timeline.time event.date()/> <span class="timeline-extract__title"><@direction.inLanguages event.title() languages/></span> <@timeline.sourceLink event.source()>${text("timeline.extract.source")}</@timeline.sourceLink></li>
</#list>
</ol>
<#if fullTimelineHref?has_content>
<p class="timeline-extract__more"><a href="${fullTimelineHref}">${text("timeline.extract.more")}</a></p>
</#if>
</figure>
