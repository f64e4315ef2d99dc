package org.filmkg.query;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** RFC 4180 CSV through Commons CSV: a header of variable names, CRLF line ends, fields quoted when they need it. */
public final class Csv {
    private Csv() {}

    public static String write(QueryRunner.Table t) {
        return write(t.vars(), t.rows());
    }

    /** A header line and rows, as RFC 4180 text. */
    public static String write(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.RFC4180)) {
            p.printRecord(header);
            for (List<String> row : rows) p.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** Parses RFC 4180 text (CRLF or LF line ends, quoted fields with doubled quotes) into rows of fields. */
    public static List<List<String>> read(String text) {
        List<List<String>> rows = new ArrayList<>();
        try (var parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            for (CSVRecord r : parser) rows.add(new ArrayList<>(r.toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
