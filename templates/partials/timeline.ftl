<#ftl output_format="HTML" strip_whitespace=true>
<#import "/lib/timeline.ftl" as timeline>
<#import "/lib/direction.ftl" as direction>
<#--
  The whole timeline ({{timeline}}), in sections by decade: each event with its date at its own
  precision, its category, title, description, glossary entries and source. The page's script filters
  events by data-category; without it, every event shows.
  Parameters:
    decades    a list of org.explainer.timeline.Timeline.Decade: start() (1990) and events(), each
               an org.explainer.timeline.TimelineEvent
    termLinks  the glossary entries the events name, by key: href() from the page, title(), and hreflang()
               where the entry is in another language than the page (one not yet translated)
    languages  the site's org.explainer.markdown.languages.LanguageRuns
-->
<#global text = text>
<div class="timeline" data-timeline data-text="${text.forScript("timeline.filter.label", "timeline.filter.shown")}">
<#list decades as decade>
<section class="timeline__era" aria-labelledby="era-${decade.start()?c}s">
<h2 class="timeline__era-title" id="era-${decade.start()?c}s">${text("timeline.decade", {"decade": decade.start()})}</h2>
<ol class="timeline__events">
<#list decade.events() as event>
<li class="timeline__event" data-category="${event.category()}">
<p class="timeline__date"><@timeline.time event.date()/> <span class="timeline__category">${text("category." + event.category())}</span></p>
<h3 class="timeline__title"><@direction.inLanguages event.title() languages/></h3>
<p class="timeline__description"><@direction.inLanguages event.description() languages/></p>
<#if event.terms()?has_content>
<p class="timeline__terms"><#assign links><#list event.terms() as key><a href="${termLinks[key].href()}"<#if termLinks[key].hreflang()?has_content> hreflang="${termLinks[key].hreflang()}"</#if>>${termLinks[key].title()}</a><#sep>, </#sep></#list></#assign>${text("timeline.terms", {"links": links})}</p>
</#if>
<#assign source = event.source()>
<p class="timeline__source"><#assign title><@direction.inLanguages source.title() languages/></#assign><#assign link><@timeline.sourceLink source>${text("quoted", {"text": title})}</@timeline.sourceLink></#assign><#assign date><@timeline.time source.date()/></#assign><#assign publisher><@direction.inLanguages source.publisher() languages/></#assign>${text("timeline.source", {"publisher": publisher, "title": link, "date": date})}<@timeline.archivedCopy source/></p>
</li>
</#list>
</ol>
</section>
</#list>
</div>
