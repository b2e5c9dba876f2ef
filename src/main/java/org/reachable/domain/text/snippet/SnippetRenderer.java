package org.reachable.domain.text.snippet;

import java.util.Map;

/**
 * Turns a {@link SnippetModel} into the text of one target, language and format. The templates
 * live behind this port so that the domain never knows the template engine.
 */
public interface SnippetRenderer {

    /** Whether a template exists for this target, language ("nl", "en") and format. */
    boolean has(Target target, String language, Format format);

    /**
     * The finished text.
     *
     * @throws SnippetException when there is no such template, it does not compile, or it names a
     *     value the model does not have
     */
    String render(Target target, String language, Format format, SnippetModel model);

    /**
     * The text of the shipped template, for the user to start editing from.
     *
     * @throws SnippetException when there is no such template or this renderer cannot show it
     */
    default String template(Target target, String language, Format format) {
        throw new SnippetException("this renderer cannot show template " + target.code() + "." + language + "."
                + format.code());
    }

    /**
     * A text from template text the user wrote, compiled as strictly as the shipped ones.
     *
     * @param name the template's key ({@code autoreply.nl.text}), for messages
     * @throws SnippetException with {@link SnippetException#line()} when it does not compile or
     *     names a value the model does not have
     */
    default String renderTemplate(String name, String template, Format format, SnippetModel model) {
        throw new SnippetException("this renderer cannot render template text for " + name);
    }

    /**
     * One language's section of the published page ({@code page.<language>.html}), HTML-escaped
     * like the website text; {@code values} are {@link PageValues#section}'s.
     */
    default String pageSection(String language, Map<String, Object> values) {
        throw new SnippetException("this renderer cannot make the published page");
    }

    /** The whole published page ({@code page.html}) around its sections, with its data and script. */
    default String page(Map<String, Object> values) {
        throw new SnippetException("this renderer cannot make the published page");
    }
}
