package org.filmkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.filmkg.nlp.Doc;
import org.filmkg.nlp.Sentence;
import org.filmkg.nlp.Token;
import org.filmkg.nlp.TokenSpan;

/**
 * Every person a review names: the candidates for its cast and crew. A mention is a run of tokens NER calls a person
 * (particles such as "de" or "van" included), or a run of two to four capitalised proper nouns NER left untagged.
 * Mentions group into people: a lone first name or surname joins the full name given elsewhere in the review.
 */
public final class PersonMentions {
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "da", "del", "della", "di", "du", "le", "la", "bin", "al", "dos", "das", "ter", "ten");
    private static final Set<String> SUFFIXES = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii");

    private PersonMentions() {}

    /** One mention: its tokens and whether NER tagged it (the fallback ones did not). */
    public record PersonMention(TokenSpan span, boolean ner) {
        public String text() {
            return span.text();
        }
    }

    /** A person: the key (the folded full name) and every mention of them in the review, in text order. */
    public record Person(String key, List<PersonMention> mentions) {
        /** The longest mention, the name to show. */
        public PersonMention fullest() {
            PersonMention best = mentions.get(0);
            for (PersonMention m : mentions) if (m.span().size() > best.span().size()) best = m;
            return best;
        }
    }

    public static List<PersonMention> find(Doc doc) {
        List<PersonMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            int i = 0;
            while (i < s.size()) {
                int end = personRun(s, i);
                if (end > i) {
                    // "F. Quentin Marsh", "J Roe": an initial before the name belongs to it
                    int start = i > 0 && s.get(i - 1).word().matches("\\p{Lu}\\.?") && !s.get(i - 1).isPerson() && s.get(i - 1).tag().startsWith("NNP") ? i - 1 : i;
                    // "Ola Brekke" with only the surname tagged: a first name NER left out joins it
                    // (not a number word or the end of a longer capitalised phrase: "the pre-Fab Four Lennon")
                    if (start == i && i > 0 && untaggedFirstName(s.get(i - 1)) && !(i > 1 && (s.get(i - 2).isCapitalised() || s.get(i - 2).tag().equals("HYPH")))) start = i - 1;
                    // "Newcomer X plays …", "Actress X": a word for a performer opening the sentence, capitalised only
                    // there, is no part of the name
                    if (opensWithPerformerWord(new TokenSpan(s, start, end))) start = 1;
                    out.add(new PersonMention(new TokenSpan(s, start, end), true));
                    i = end;
                    continue;
                }
                end = nameShapedRun(s, i);
                if (end == i) end = apposedToPersonNoun(s, i);
                if (end == i) end = bracketedAfterWords(s, i);
                if (end > i) {
                    out.add(new PersonMention(new TokenSpan(s, i, end), false));
                    i = end;
                    continue;
                }
                i++;
            }
        }
        out.addAll(surnamesAlone(doc, out));
        return out;
    }

    /**
     * "Newcomer X plays …", "Actress X", "Frontwoman X": a word for a performer or a role opens the sentence,
     * capitalised only there, before a name of two words or more; it is no part of the name.
     */
    static boolean opensWithPerformerWord(TokenSpan run) {
        String w = run.first().word().toLowerCase(Locale.ROOT);
        // ("Hunky Brad Kessler plays …": an adjective the tagger reads as one, capitalised only as the sentence's first word)
        // ("Frontwoman X, now a teacher, …", "Bassist X": a role noun NER ran into the name, unless it is a title that
        // opens characters' names: "Captain", "Father", "Aunt")
        boolean role = Lexicon.isRoleNoun(w) && !Lexicon.WORD_CLASSES.get("character-title").contains(w) && !Lexicon.WORD_CLASSES.get("name-title").contains(w)
                && !Lexicon.WORD_CLASSES.get("kin-name").contains(w) && !Lexicon.WORD_CLASSES.get("relation-noun").contains(w);
        return run.start() == 0 && run.size() >= 3 && (Lexicon.WORD_CLASSES.get("actor-noun").contains(w) || Lexicon.WORD_CLASSES.get("voice-type").contains(w)
                || run.first().tag().startsWith("JJ") || role);
    }

    /**
     * "Cole brings menace to the part": a lone surname NER left untagged (often a sentence's first word) is a mention
     * when the review gives that surname in a full name elsewhere.
     */
    private static List<PersonMention> surnamesAlone(Doc doc, List<PersonMention> found) {
        java.util.Set<String> surnames = new java.util.HashSet<>();
        for (PersonMention m : found)
            if (m.span().size() >= 2) surnames.add(m.span().last().word());
        List<PersonMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences())
            for (int i = 0; i < s.size(); i++) {
                Token t = s.get(i);
                // (the tagger calls an unfamiliar surname opening a sentence a common noun: "Roe is the journalist …")
                if (!surnames.contains(t.word()) || !(t.tag().startsWith("NNP") || i == 0 && t.tag().startsWith("NN")) || !Names.isNameToken(t)) continue;
                final int at = i;
                if (found.stream().anyMatch(m -> m.span().sentence() == s && m.span().start() <= at && at < m.span().end())) continue;
                // not part of a longer run of capitalised words ("Cole Street", "Ben Cole" would be a mention already)
                if (i + 1 < s.size() && s.get(i + 1).isCapitalised() && s.get(i + 1).tag().startsWith("NNP")) continue;
                if (i > 0 && s.get(i - 1).isCapitalised() && s.get(i - 1).tag().startsWith("NNP")) continue;
                out.add(new PersonMention(new TokenSpan(s, i, i + 1), false));
            }
        return out;
    }

    /** Groups mentions into people: full names by their folded form; a one-word mention joins the one full name it ends or starts. */
    public static List<Person> group(List<PersonMention> mentions) {
        Map<String, List<PersonMention>> byKey = new LinkedHashMap<>();
        List<PersonMention> longestFirst = new ArrayList<>(mentions);
        longestFirst.sort((a, b) -> Integer.compare(b.span().size(), a.span().size()));
        for (PersonMention m : longestFirst) {
            if (m.span().size() < 2) continue;
            String f = Names.fold(m.text());
            // "Lee Vance" after "Anna Lee Vance": the tail of one longer name is that name
            String longer = null;
            for (String k : byKey.keySet()) if (k.endsWith(" " + f)) longer = longer == null ? k : "";
            byKey.computeIfAbsent(longer == null || longer.isEmpty() ? f : longer, k -> new ArrayList<>()).add(m);
        }
        for (PersonMention m : mentions) {
            if (m.span().size() > 1) continue;
            String w = Names.fold(m.text());
            String key = uniqueFullName(byKey, w, true);
            if (key == null) key = uniqueFullName(byKey, w, false);
            byKey.computeIfAbsent(key == null ? w : key, k -> new ArrayList<>()).add(m);
        }
        List<Person> out = new ArrayList<>();
        for (Map.Entry<String, List<PersonMention>> e : byKey.entrySet()) {
            List<PersonMention> ms = new ArrayList<>(e.getValue());
            ms.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
            out.add(new Person(e.getKey(), List.copyOf(ms)));
        }
        return out;
    }

    private static String uniqueFullName(Map<String, List<PersonMention>> byKey, String word, boolean last) {
        String found = null;
        for (String k : byKey.keySet()) {
            String[] parts = k.split(" ");
            if (parts.length < 2) continue;
            String core = last && SUFFIXES.contains(parts[parts.length - 1]) && parts.length > 2 ? k.substring(0, k.lastIndexOf(' ')) : k;
            // (a hyphenated surname folds to two words: "okoro blake" ends "delphine okoro blake")
            if (core.equals(word) || !(last ? core.endsWith(" " + word) : core.startsWith(word + " "))) continue;
            if (found != null && !found.equals(k)) return null;
            found = k;
        }
        return found;
    }

    /** The end of a run of PERSON tokens starting at {@code i} (particles and "Jr." may sit inside), or {@code i}. */
    private static int personRun(Sentence s, int i) {
        if (!s.get(i).isPerson() || !s.get(i).isCapitalised()) return i;
        // ("is rated R. Three and a half stars": a certificate after "rated" is no initial; NER ran on into the next sentence)
        if (i > 0 && s.get(i - 1).is("rated") && Lexicon.isCertificate(s.get(i).word().replaceAll("\\.$", ""))) return i;
        int j = i + 1;
        while (j < s.size()) {
            Token t = s.get(j);
            if (t.isPerson() && (t.isCapitalised() || isParticle(t))) j++;
            // ("Kev "The Bishop" Doran": a nickname in quotes inside the name)
            else if (Names.nicknameAfter(s, j) > 0 && s.get(Names.nicknameAfter(s, j) - 1).isPerson()) j = Names.nicknameAfter(s, j);
            else if (isParticle(t) && j + 1 < s.size() && s.get(j + 1).isPerson()) j += 2;
            else if (SUFFIXES.contains(t.word().toLowerCase(Locale.ROOT)) && t.isCapitalised()) j++;
            else break;
        }
        while (j > i + 1 && isParticle(s.get(j - 1))) j--;
        return j;
    }

    /** Two to four capitalised proper nouns NER did not tag (not a place or organisation), or {@code i}. */
    private static int nameShapedRun(Sentence s, int i) {
        if (!untaggedName(s.get(i))) return i;
        if (i > 0 && s.get(i - 1).isCapitalised() && s.get(i - 1).tag().startsWith("NNP")) return i;
        // "the Reggae King", "his Aunt Mimi": a determiner makes it a title or a description, not a name
        if (i > 0 && s.get(i - 1).tag().matches("DT|PRP\\$|POS")) return i;
        // "the Netflix series Glass Harbor", "the album Blue Rooms": a work noun names a work
        if (i > 0 && Lexicon.WORD_CLASSES.get("titled-work-noun").contains(s.get(i - 1).word().toLowerCase(Locale.ROOT))) return i;
        int j = i + 1;
        while (j < s.size() && j - i < 5 && (untaggedName(s.get(j)) || isParticle(s.get(j)) && j + 1 < s.size() && untaggedName(s.get(j + 1)))) j++;
        int n = j - i;
        // one word may be a name too ("Prince plays …"); a sentence's first word is capitalised anyway, so there NER
        // must have seen a name of some kind
        if (n == 1 && (i == 0 && "O".equals(s.get(i).ner()) || s.get(i).word().length() < 3)) return i;
        if (n > 4) return i;
        if (j < s.size() && s.get(j).isCapitalised() && s.get(j).tag().startsWith("NNP")) return i;
        return j;
    }

    /**
     * "who has run the farm for a decade (Paula Strand)": a first name and a surname alone in brackets after the prose
     * (NER may call them a place: "Strand") are a candidate; the cues decide whether they play the part before them.
     */
    private static int bracketedAfterWords(Sentence s, int i) {
        if (i < 2 || i + 2 >= s.size() || !s.get(i - 1).word().equals("(") || !s.get(i + 2).word().equals(")")) return i;
        if (!s.get(i - 2).isLowercaseWord()) return i;
        for (int k = i; k < i + 2; k++) if (!s.get(k).word().matches("\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?") || !s.get(k).tag().startsWith("NN")) return i;
        return i + 2;
    }

    /**
     * "X Y, an Irish actress, …", "voiced by X Y": two to four capitalised proper nouns NER called a place or left
     * untagged (rarer names often are), in apposition to a noun for a person or the agent of a verb of acting, or {@code i}.
     */
    private static int apposedToPersonNoun(Sentence s, int i) {
        if (s.get(i).isPerson() || i > 0 && s.get(i - 1).isCapitalised() && s.get(i - 1).tag().startsWith("NNP")) return i;
        int j = i;
        while (j < s.size() && j - i < 4 && s.get(j).tag().equals("NNP") && Names.isNameToken(s.get(j)) && !s.get(j).isPerson()) j++;
        if (j - i < 2 || j < s.size() && s.get(j).isCapitalised() && s.get(j).tag().startsWith("NNP")) return i;
        Token head = s.get(j - 1);
        List<Token> nouns = new ArrayList<>(s.children(head, "appos"));
        if (head.rel().equals("appos") && s.head(head) != null) nouns.add(s.head(head));
        for (Token n : nouns) if (n.isLowercaseWord() && n.tag().startsWith("NN") && Lexicon.isPersonNoun(n.word())) return j;
        // "He is voiced by Freddie Lake": the agent of a verb of acting is a person, whatever NER read in "Lake"
        Token verb = s.head(head);
        if (verb != null && head.rel().startsWith("obl") && s.caseOf(head).equals("by") && verb.tag().equals("VBN")
                && Lexicon.WORD_CLASSES.get("perform-verb").contains(verb.lemma().toLowerCase(Locale.ROOT))) return j;
        return i;
    }

    private static boolean untaggedFirstName(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        return "O".equals(t.ner()) && t.tag().equals("NNP") && Names.isNameToken(t) && t.word().length() > 1 && t.word().chars().allMatch(Character::isLetter)
                && !Lexicon.isRoleNoun(w) && !Lexicon.JOBS.containsKey(w) && !Lexicon.isPersonNoun(w) && !Lexicon.NUMBERS.containsKey(w);
    }

    /** NER left it untagged or called it an organisation or "misc" (it does so with rarer first names); never a place. */
    private static boolean untaggedName(Token t) {
        return !t.isPerson() && !"LOCATION".equals(t.ner()) && !"CITY".equals(t.ner()) && !"COUNTRY".equals(t.ner()) && t.tag().equals("NNP") && Names.isNameToken(t) && t.word().length() > 1
                && Character.isLowerCase(t.word().codePointAt(t.word().length() - 1));
    }

    private static boolean isParticle(Token t) {
        return PARTICLES.contains(t.word().toLowerCase(Locale.ROOT)) || t.word().matches("d['’]\\p{Lu}.*");
    }
}
