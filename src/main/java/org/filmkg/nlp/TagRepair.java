package org.filmkg.nlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Mends six part-of-speech errors that cost reviews their cast and crew, between the tagger and the parser:
 * <ul>
 * <li>in "Her period drama stars Jane Roe as Mia" the tagger reads "stars" as a plural noun, and the parse then makes the
 * actor a compound of the film. After a word for a film, before a name or a determiner, "stars" is the verb (and the
 * film word a noun, where the tagger called it a verb: "this Regency romp stars X");
 * <li>a first name that is also a word ("the youngest, Kit, who …", "and Hope, a neighbour") is tagged a common noun or a
 * verb. A capitalised word set off by commas, brackets or a dash inside a sentence is a proper noun (a hyphened given
 * name too: "his sister, Hye-jin, a nurse");
 * <li>a nickname in quotes inside a name ("Marcus "Beats" Dane") is read as a verb or a noun and splits the name in
 * two. One to three capitalised words in quotes between two capitalised words are proper nouns, and so is the name's
 * last word;
 * <li>a name that is also a word after a naming participle ("a roadrunner called Dash") is tagged a common noun. It is
 * a proper noun;
 * <li>a first name that is also a word before a surname ("played by Honor Vane") is tagged a common noun, and the
 * name loses it. A capitalised word inside a sentence right before a two-word name's last word is a proper noun;
 * <li>"Shot in lustrous 35mm by X, the film …": a participle of a film job opening the sentence before a preposition is
 * tagged a noun. It is the participle.
 * </ul>
 */
public final class TagRepair implements Annotator {
    static final Set<String> WORK_NOUNS = load("verb-after-work-noun.txt");
    static final Set<String> OPENING_PARTICIPLES = load("opening-participles.txt");

    /** CoreNLP builds custom annotators with this signature ({@code customAnnotatorClass.NAME}). */
    public TagRepair(String name, Properties props) {
    }

    @Override
    public void annotate(Annotation annotation) {
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) repair(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }

    static void repair(List<CoreLabel> tokens) {
        if (tokens.size() > 2 && OPENING_PARTICIPLES.contains(tokens.get(0).word().toLowerCase(Locale.ROOT)) && tokens.get(0).tag().startsWith("NN")
                && tokens.get(1).word().matches("(?i)in|on|by|with|at|across|over|from|through")) tokens.get(0).setTag("VBN");
        for (int q = 1; q + 3 < tokens.size(); q++) {
            if (!isQuote(tokens.get(q)) || !capitalised(tokens.get(q - 1))) continue;
            int e = q + 2;
            while (e < Math.min(q + 5, tokens.size() - 1) && !isQuote(tokens.get(e))) e++;
            if (e >= tokens.size() - 1 || !isQuote(tokens.get(e)) || !capitalised(tokens.get(e + 1))) continue;
            boolean inner = true;
            for (int k = q + 1; k < e; k++) inner &= capitalised(tokens.get(k));
            if (!inner) continue;
            for (int k = q + 1; k < e; k++) tokens.get(k).setTag("NNP");
            tokens.get(e + 1).setTag("NNP");
            q = e;
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            // ("his sister, Hye-jin, a nurse": a given name may hold a hyphen)
            if (!t.word().matches("\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?") || !t.tag().matches("NNS?|JJ|VB.?|RB")) continue;
            // (not after a comma that follows a colon or a quote: "…: “, Hope, …")
            String before = tokens.get(i - 1).word();
            String after = tokens.get(i + 1).word();
            boolean setOff = before.matches("[,(–—]|and|or") && after.matches("[,()–—]") && !(before.matches("[–—]") && after.matches("[–—]"));
            if (setOff && i >= 2 && !tokens.get(i - 2).word().matches("[:“\"‘]")) t.setTag("NNP");
        }
        // "a nervous roadrunner called Dash": a capitalised word after a naming participle is a name
        for (int i = 1; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (t.word().matches("\\p{Lu}\\p{Ll}+") && t.tag().matches("NNS?|JJ|VB.?|RB") && tokens.get(i - 1).word().matches("called|named|dubbed|nicknamed"))
                t.setTag("NNP");
        }
        // "played by Honor Vane", "with Hope Lindqvist": a capitalised word inside the sentence, right before a two-word
        // name's last word, is the first name
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            CoreLabel next = tokens.get(i + 1);
            if (!t.word().matches("\\p{Lu}\\p{Ll}+") || !t.tag().matches("NNS?|JJ|VB[PZG]?")) continue;
            // (after a preposition, a conjunction, a verb, a determiner or a comma, not an adjective: "the pompous Home
            // Secretary" is a title)
            if (!tokens.get(i - 1).word().matches("\\p{Ll}+|,") || !tokens.get(i - 1).tag().matches("IN|CC|VB.?|,|TO|DT") || !next.word().matches("\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*") || !next.tag().matches("NNP?S?")) continue;
            if (i + 2 < tokens.size() && capitalised(tokens.get(i + 2))) continue;
            t.setTag("NNP");
            if (next.tag().matches("NNS?")) next.setTag("NNP");
        }
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            if (!"NNS".equals(t.tag()) || !t.word().matches("stars|co-stars")) continue;
            CoreLabel work = tokens.get(i - 1);
            // ("this Regency romp stars X": the tagger may call the film word itself a verb; after a determiner or a name it is the noun)
            boolean noun = work.tag().startsWith("NN") || work.tag().startsWith("VB") && i >= 2 && tokens.get(i - 2).tag().matches("DT|PRP\\$|NNP|JJ");
            if (!WORK_NOUNS.contains(work.word().toLowerCase(Locale.ROOT)) || !noun) continue;
            if (!work.tag().startsWith("NN")) work.setTag("NN");
            // ("two movie stars", "fellow film stars": a count before the film word makes them people)
            if (i >= 2 && tokens.get(i - 2).tag().equals("CD")) continue;
            String next = tokens.get(i + 1).tag();
            if (next.startsWith("NNP") || next.equals("DT") || next.equals("RB")) t.setTag("VBZ");
        }
    }

    private static boolean isQuote(CoreLabel t) {
        return t.word().matches("[“”\"‘’']+");
    }

    private static boolean capitalised(CoreLabel t) {
        return t.word().matches("\\p{Lu}[\\p{L}'’.\\-]*");
    }

    private static Set<String> load(String file) {
        try (InputStream in = TagRepair.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("missing resource " + file);
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class, CoreAnnotations.PartOfSpeechAnnotation.class);
    }
}
