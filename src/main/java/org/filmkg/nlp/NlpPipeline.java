package org.filmkg.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.filmkg.review.Review;

/**
 * The one place that talks to CoreNLP. Loading the models takes seconds, so a process holds one
 * instance ({@link #shared()}); {@link #annotate} is thread-safe.
 */
public final class NlpPipeline {
    /** CoreNLP's annotators we run (with our {@link TagRepair} after "pos"); the benchmark runs this list bare. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private static volatile NlpPipeline shared;
    private final StanfordCoreNLP corenlp;

    private NlpPipeline() {
        Properties p = properties();
        // our one repair of the tagger's output runs before the lemmas and the parse read the tags
        p.setProperty("annotators", ANNOTATORS.replace("pos,", "pos,tagrepair,"));
        p.setProperty("customAnnotatorClass.tagrepair", TagRepair.class.getName());
        this.corenlp = new StanfordCoreNLP(p);
    }

    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        // Keep brackets and quotes as written: rules match "(" and the reviewer's own quote marks.
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false,"
                + "quotes=ORIGINAL,ellipses=ORIGINAL,dashes=ORIGINAL,"
                // "Keays-Byrne", "Ki-woo", "Ben-Adir": a hyphenated name is one token, as it is one name
                + "splitHyphenated=false");
        // A line break ends a sentence: headers, bylines and credit lines stand alone.
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        return p;
    }

    public static NlpPipeline shared() {
        NlpPipeline p = shared;
        if (p == null) {
            synchronized (NlpPipeline.class) {
                p = shared;
                if (p == null) shared = p = new NlpPipeline();
            }
        }
        return p;
    }

    /**
     * In the review's prose (lines of eight words or more), fewer than one word in fifty has a capital letter, or four
     * sentences in five of three or more open in lower case: the writer does not use capitals, or keeps them for a name
     * or two. A heading or a byline typed with capitals above such prose changes nothing.
     */
    static boolean mostlyLowerCase(String text) {
        int words = 0;
        int capitalised = 0;
        int sentences = 0;
        int lowerStarts = 0;
        for (String line : text.split("\n")) {
            String[] ws = java.util.Arrays.stream(line.split("[^\\p{L}']+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
            if (ws.length < 8) continue;
            for (String w : ws) {
                words++;
                if (!w.equals(w.toLowerCase(java.util.Locale.ROOT))) capitalised++;
            }
            // how its sentences start: "watched this because i love X. she plays …" capitalises only names
            for (String sentence : line.split("(?<=[.!?])\\s+")) {
                int c = sentence.codePoints().filter(Character::isLetter).findFirst().orElse(-1);
                if (c < 0) continue;
                sentences++;
                if (Character.isLowerCase(c)) lowerStarts++;
            }
        }
        return words >= 20 && (capitalised * 50 < words || sentences >= 3 && lowerStarts * 5 >= sentences * 4);
    }

    /**
     * CoreNLP's truecaser (a model of about 100 MB, loaded on the first lower-case review). Only the case of letters
     * changes, so the text keeps its length.
     */
    static final class Truecaser {
        private static volatile StanfordCoreNLP pipeline;

        static String recase(String text) {
            StanfordCoreNLP p = pipeline;
            if (p == null) {
                synchronized (Truecaser.class) {
                    p = pipeline;
                    if (p == null) {
                        Properties props = properties();
                        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,truecase");
                        props.setProperty("truecase.overwriteText", "false");
                        pipeline = p = new StanfordCoreNLP(props);
                    }
                }
            }
            Annotation ann = new Annotation(text);
            p.annotate(ann);
            char[] out = text.toCharArray();
            for (CoreLabel l : ann.get(CoreAnnotations.TokensAnnotation.class)) {
                String cased = l.get(CoreAnnotations.TrueCaseTextAnnotation.class);
                int b = l.beginPosition();
                int e = l.endPosition();
                String written = text.substring(b, e);
                // only capitals are added: what the writer capitalised (a heading) stays as written
                if (cased != null && cased.length() == e - b && cased.equalsIgnoreCase(written) && written.equals(written.toLowerCase(java.util.Locale.ROOT)))
                    cased.getChars(0, cased.length(), out, b);
            }
            return new String(out);
        }

        static void release() {
            pipeline = null;
        }
    }

    /**
     * Lets the models go (several hundred MB): a build calls this once every review is extracted, so writing the
     * graphs has the heap. A later {@link #shared()} loads them again.
     */
    public static synchronized void release() {
        shared = null;
        Truecaser.release();
        edu.stanford.nlp.pipeline.StanfordCoreNLP.clearAnnotatorPool();
    }

    public Doc annotate(Review review) {
        // a review typed all in lower case ("tessa marlowe plays agnes") gives NER no capitals to go on: it reads a
        // truecased copy, the same length, so every offset still points into the review as written
        // a web page's tail after the review ("Most viewed", "Comments (3)") names other films and people: blanked
        String readable = org.filmkg.review.PageChrome.masked(review.text());
        String text = mostlyLowerCase(readable) ? Truecaser.recase(readable) : readable;
        Annotation ann = new Annotation(text);
        corenlp.annotate(ann);
        List<CoreMap> coreSentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        List<CoreMap> kept = new ArrayList<>(coreSentences.size());
        for (CoreMap cs : coreSentences) {
            List<CoreLabel> labels = cs.get(CoreAnnotations.TokensAnnotation.class);
            SemanticGraph deps = cs.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                CoreLabel l = labels.get(i);
                int head = -1;
                String rel = "root";
                IndexedWord w = deps == null ? null : deps.getNodeByIndexSafe(l.index());
                if (w != null) {
                    for (SemanticGraphEdge e : deps.incomingEdgeIterable(w)) {
                        head = e.getGovernor().index() - 1;
                        rel = e.getRelation().toString();
                    }
                }
                tokens.add(new Token(i, l.originalText(), l.tag(), l.lemma(), l.ner() == null ? "O" : l.ner(),
                        l.beginPosition(), l.endPosition(), head, rel));
            }
            if (tokens.isEmpty()) continue;
            sentences.add(new Sentence(sentences.size(), tokens));
            kept.add(cs);
        }
        return new Doc(review, readable, sentences, kept);
    }
}
