<#ftl output_format="HTML" strip_whitespace=true>
<#--
  A locator map ({{map bases}}): the drawn SVG as an image, its description as the caption, and the
  marked places as a text list with coordinates, so the map's content is there for screen readers,
  text browsers and print. Its text is in the page's language; text the map file leaves untranslated is
  in the site's default language, and says so.
  Parameters:
    src     the link to the SVG, relative to the page
    map     the org.explainer.directives.Maps.DrawnMap: title() and description() (org.explainer.map.Wording:
            text(), language(), isFallback()), width(), height()
    places  a list of org.explainer.directives.MapDirective.MarkedPlace: name() and note() (an Optional) as
            Wordings, latitude() and longitude() in degrees
-->
<#-- The language and direction of text left in the default language, for want of a translation. -->
<#macro otherLanguage wording><#if wording.isFallback()> lang="${wording.language().getTag()}" dir="${wording.language().isRightToLeft()?then("rtl", "ltr")}"</#if></#macro>
<#macro inPlace wording><#if wording.isFallback()><span<@otherLanguage wording/>>${wording.text()}</span><#else>${wording.text()}</#if></#macro>
<figure class="map">
<img class="map__image" src="${src}" alt="${map.title().text()}" width="${map.width()?c}" height="${map.height()?c}" loading="lazy"<@otherLanguage map.title()/>>
<#-- The list of places belongs to the caption: a figure may hold one caption, first or last. -->
<figcaption class="map__caption"><@inPlace map.description()/>
<details class="map__places">
<summary>${text("map.places")}</summary>
<ul>
<#list places as place>
<li><@inPlace place.name()/><#if place.note().isPresent()> (<@inPlace place.note().get()/>)</#if>: ${text("map.coordinates", {"latitude": place.latitude()?abs, "north": (place.latitude() >= 0)?c,
    "longitude": place.longitude()?abs, "east": (place.longitude() >= 0)?c})}</li>
</#list>
</ul>
</details>
</figcaption>
</figure>
