package org.filmkg.server;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The pages' HTML from Pebble templates ({@code templates/*.peb} beside this class). Pebble escapes every value for
 * HTML unless a template marks it raw, and the one raw value (the picture's JSON) is made by a JSON library. Strict
 * variables: a template that names a value the page does not give fails loudly instead of printing nothing.
 */
final class Templates {
    private static final PebbleEngine ENGINE = engine();

    private Templates() {}

    private static PebbleEngine engine() {
        ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
        loader.setPrefix("org/filmkg/server/templates");
        loader.setSuffix(".peb");
        return new PebbleEngine.Builder().loader(loader).strictVariables(true).build();
    }

    /** A page: the template's values, plus what every page's navigation needs. */
    static String render(String template, Map<String, Object> values) {
        Map<String, Object> context = new LinkedHashMap<>(values);
        context.putIfAbsent("editor", HomeServlet.EDITOR_START);
        StringWriter out = new StringWriter();
        try {
            ENGINE.getTemplate(template).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A page with a heading and one line of text. */
    static String message(String title, String message) {
        return simple(title, message, null);
    }

    /** A page with a heading and a preformatted block (a Turtle document, say). */
    static String preformatted(String title, String text) {
        return simple(title, null, text);
    }

    private static String simple(String title, String message, String preformatted) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", title);
        v.put("message", message);
        v.put("preformatted", preformatted);
        return render("message", v);
    }
}
