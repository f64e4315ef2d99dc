package org.filmkg.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filmkg.KgDataException;
import org.filmkg.query.Csv;

/**
 * Gold annotations in the shared format: {@code cast.csv}, {@code crew.csv}, {@code bands.csv}, {@code facts.csv}
 * and {@code aliases.csv}, each a CSV with a header whose first column is the review's file name.
 */
public record Gold(List<Map<String, String>> cast, List<Map<String, String>> crew, List<Map<String, String>> bands,
                   List<Map<String, String>> facts, List<Map<String, String>> aliases) {

    public static Gold load(Path dir) throws KgDataException {
        if (!Files.isDirectory(dir)) throw new KgDataException(dir + ": no such gold folder");
        return new Gold(table(dir, "cast.csv", true), table(dir, "crew.csv", true), table(dir, "bands.csv", true),
                table(dir, "facts.csv", true), table(dir, "aliases.csv", false));
    }

    /** Rows as column→value maps; a missing optional file is an empty table. */
    static List<Map<String, String>> table(Path dir, String name, boolean required) throws KgDataException {
        Path f = dir.resolve(name);
        if (!Files.isRegularFile(f)) {
            if (required) throw new KgDataException(f + ": missing gold file");
            return List.of();
        }
        List<List<String>> rows;
        try {
            rows = Csv.read(Files.readString(f));
        } catch (IOException e) {
            throw new KgDataException(f + ": cannot read: " + e.getMessage());
        }
        if (rows.isEmpty()) throw new KgDataException(f + ":1:1: empty gold file (expected a header row)");
        List<String> header = rows.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() != header.size())
                throw new KgDataException(f + ":" + (i + 1) + ":1: expected " + header.size() + " fields, found " + r.size());
            Map<String, String> m = new HashMap<>();
            for (int c = 0; c < header.size(); c++) m.put(header.get(c).strip(), r.get(c).strip());
            out.add(m);
        }
        return out;
    }
}
