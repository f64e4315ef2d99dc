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
    /** Annotators we run; the benchmark runs the same list bare. */
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse";

    private static volatile NlpPipeline shared;
    private final StanfordCoreNLP corenlp;

    private NlpPipeline() {
        this.corenlp = new StanfordCoreNLP(properties());
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
     * Lets the models go (several hundred MB): a build calls this once every review is extracted, so writing the
     * graphs has the heap. A later {@link #shared()} loads them again.
     */
    public static synchronized void release() {
        shared = null;
        edu.stanford.nlp.pipeline.StanfordCoreNLP.clearAnnotatorPool();
    }

    public Doc annotate(Review review) {
        Annotation ann = new Annotation(review.text());
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
        return new Doc(review, sentences, kept);
    }
}
