<#ftl output_format="HTML" strip_whitespace=true>
<#--
  A locator map ({{map bases}}): the drawn SVG as an image, its description as the caption, and the
  marked places as a text list with coordinates, so the map's content is there for screen readers,
  text browsers and print.
  Parameters:
    src     the link to the SVG, relative to the page
    map     the org.explainer.directives.Maps.DrawnMap: spec() (its title() and description()), width(), height()
    places  a list of org.explainer.directives.MapDirective.MarkedPlace: name(), note() (may be empty), latitude() and
            longitude() in degrees
-->
<figure class="map">
<img class="map__image" src="${src}" alt="${map.spec().title()}" width="${map.width()?c}" height="${map.height()?c}" loading="lazy">
<#-- The list of places belongs to the caption: a figure may hold one caption, first or last. -->
<figcaption class="map__caption">${map.spec().description()}
<details class="map__places">
<summary>${text("map.places")}</summary>
<ul>
<#list places as place>
<li>${place.name()}<#if place.note()?has_content> (${place.note()})</#if>: ${text("map.coordinates", {"latitude": place.latitude()?abs, "north": (place.latitude() >= 0)?c,
    "longitude": place.longitude()?abs, "east": (place.longitude() >= 0)?c})}</li>
</#list>
</ul>
</details>
</figcaption>
</figure>
