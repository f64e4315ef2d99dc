package org.filmkg.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.filmkg.KgDataException;

/** The saved queries in {@code queries/}: find one by name or path, parse it with a pointed error. */
public final class QueryCatalog {
    private final Path dir;

    public QueryCatalog(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public List<String> names() throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).map(n -> n.substring(0, n.length() - 3)).sorted().toList();
        }
    }

    /** A saved query's name ("cast"), or a path to an .rq file. */
    public Path resolve(String nameOrPath) throws KgDataException {
        Path p = Path.of(nameOrPath);
        if (nameOrPath.endsWith(".rq") && Files.isRegularFile(p)) return p;
        Path named = dir.resolve(nameOrPath.endsWith(".rq") ? nameOrPath : nameOrPath + ".rq");
        if (Files.isRegularFile(named)) return named;
        throw new KgDataException("no saved query '" + nameOrPath + "' in " + dir + " (and no such .rq file)");
    }

    public static Query parse(Path file) throws KgDataException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new KgDataException(file + ": cannot read: " + e.getMessage());
        }
        return parse(file.toString(), text);
    }

    /** Parses SPARQL 1.1; the error names the origin with line and column, once. */
    public static Query parse(String origin, String text) throws KgDataException {
        return parse(origin, text, 0);
    }

    /** As {@link #parse(String, String)}, for a text that has {@code linesBefore} lines ahead of what the user wrote. */
    public static Query parse(String origin, String text, int linesBefore) throws KgDataException {
        try {
            return QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        } catch (QueryParseException e) {
            // the position goes in front; Jena's own "at line L, column C" inside the message goes
            String msg = e.getMessage() == null ? "syntax error" : e.getMessage().replaceAll("\\s+", " ").trim()
                    .replaceAll("^Line \\d+, column \\d+: ", "").replaceAll(",? at line -?\\d+, column -?\\d+\\.?", "").trim();
            int line = Math.max(1, e.getLine() - linesBefore);
            throw new KgDataException(origin + ":" + line + ":" + e.getColumn() + ": " + msg);
        }
    }

    /** The first comment lines of a query file: what it answers. */
    public static String description(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String l : Files.readAllLines(file)) {
            if (!l.startsWith("#")) break;
            if (sb.length() > 0) sb.append(' ');
            sb.append(l.substring(1).strip());
        }
        return sb.toString();
    }
}
