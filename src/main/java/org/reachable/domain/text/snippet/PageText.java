package org.reachable.domain.text.snippet;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published page, made by the one text service: a section per client language (the profile's
 * languages, in its order) around that language's website text, the website's JSON-LD, and the
 * data its script works "now" out from ({@link PageValues}).
 */
final class PageText {

    private PageText() {
    }

    static String render(SnippetRenderer renderer, TextService texts, TextService.Data data, Instant at) {
        List<String> tags = data.settings().profile().languages();
        List<Map<String, Object>> sections = new ArrayList<>();
        SnippetContext first = null;
        String title = "";
        for (String tag : tags) {
            SnippetContext c = new SnippetContext(data, tag, at, false);
            String website = texts.text(new TextService.Request(Target.WEBSITE, Format.HTML, tag), data, at).text();
            Map<String, Object> values = PageValues.section(c, website, c.language);
            String html = renderer.pageSection(c.lang, values);
            sections.add(Map.of("html", html, "lang", c.lang));
            if (first == null) {
                first = c;
                title = org.reachable.domain.text.PageWords.of(c.language, c.register).title((String) values.get("who"));
            }
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lang", first == null ? "en" : first.lang);
        page.put("title", title);
        page.put("sections", sections);
        page.put("multilingual", sections.size() > 1);
        page.put("data", first == null ? "{}" : PageValues.data(first, tags));
        String firstTag = tags.isEmpty() ? "en" : tags.get(0);
        page.put("jsonld", texts.text(new TextService.Request(Target.WEBSITE, Format.JSONLD, firstTag), data, at)
                .text());
        return renderer.page(page);
    }
}
