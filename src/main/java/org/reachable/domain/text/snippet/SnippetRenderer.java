package org.reachable.domain.text.snippet;

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
}
