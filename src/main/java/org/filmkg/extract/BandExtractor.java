package org.filmkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.filmkg.nlp.Doc;
import org.filmkg.nlp.RuleMatch;
import org.filmkg.nlp.Sentence;
import org.filmkg.nlp.Token;
import org.filmkg.nlp.TokenRules;
import org.filmkg.nlp.TokenSpan;

/**
 * Music groups, whether the text marks them fictional, their members and songwriters; rules in {@code band.rules}.
 * Members also come from the cast: a character described as the band's singer, or as a bandmate of one.
 */
public final class BandExtractor implements Extractor {
    /** Role nouns that make a character part of a band ("lead singer of", "bandmates", "drummer"). */
    private static final Set<String> MEMBER_NOUNS = Set.of("singer", "vocalist", "leader", "frontwoman", "frontman",
            "front-woman", "front-man", "member", "drummer", "bassist", "guitarist", "keyboardist", "centerpiece",
            "centrepiece", "founder", "co-founder", "bandmate", "bandmates", "band-mate", "player", "pianist",
            "saxophonist", "trumpeter", "violinist", "percussionist", "bandleader");
    private static final Set<String> BAND_NOUNS = Set.of("band", "group", "trio", "duo", "quartet", "quintet", "outfit", "combo", "supergroup", "four-piece", "three-piece", "five-piece");
    private static final Set<String> CHECKS = Set.of("not-person", "not-cast", "plural", "not-place", "ends-name", "music-review", "repeated", "not-award", "leader-named");
    /** Plurals that name awards, decades or sports sides, not bands ("the Oscars", "the Sixties"). */
    private static final Set<String> NOT_BANDS = Lexicon.wordSet("not-band-plurals.txt");
    private static final Set<String> MUSIC_WORDS = Lexicon.wordSet("music-words.txt");
    private static final Set<String> PLACE_OR_TIME = Set.of("DATE", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private final TokenRules rules = Lexicon.rules("band.rules");
    /** Words before a group noun that make it a group of something other than music. */
    private static final java.util.Set<String> NOT_MUSIC = java.util.Set.of("comedy", "comic", "comedic", "sketch", "dance", "dancing",
            "magic", "acrobatic", "theatre", "theater", "improv", "activist", "support", "focus", "study", "age", "ethnic", "pressure", "interest");

    @Override
    public String name() {
        return "band";
    }

    @Override
    public java.util.Set<Class<? extends Fact>> needs() {
        return java.util.Set.of(Fact.Film.class, Fact.Crew.class, Fact.Cast.class, Fact.Song.class);
    }

    @Override
    public java.util.Set<Class<? extends Fact>> provides() {
        return java.util.Set.of(Fact.Band.class);
    }

    public BandExtractor() {
        // every rule says what it makes; checks and follow-ups must be known ones
        rules.attributes().forEach((name, a) -> {
            if (!Set.of("band", "member", "songwriter").contains(a.getOrDefault("makes", "")))
                throw new IllegalStateException("band.rules: rule " + name + " needs [makes=band|member|songwriter]");
            for (String c : a.getOrDefault("check", "").split(","))
                if (!c.isEmpty() && !CHECKS.contains(c)) throw new IllegalStateException("band.rules: rule " + name + " has unknown check " + c);
            if (a.containsKey("then") && !a.get("then").equals("cast-members")) throw new IllegalStateException("band.rules: rule " + name + " has unknown then=" + a.get("then"));
            if (a.containsKey("band") && !(a.get("band").equals("focus") && Set.of("", "music-review").contains(a.getOrDefault("check", ""))))
                throw new IllegalStateException("band.rules: rule " + name + " may only say band=focus, with no check but music-review");
        });
    }

    @Override
    public List<Fact> extract(Doc doc, ReviewContext ctx) {
        Map<String, Fact.Band> out = new LinkedHashMap<>();
        List<Fact.Cast> cast = ctx.facts().stream().filter(f -> f instanceof Fact.Cast).map(f -> (Fact.Cast) f).toList();
        List<RuleMatch> pointing = new ArrayList<>();
        for (RuleMatch m : rules.matchAll(doc)) {
            // "the band's drummer": resolved once every named band is known
            if (m.group("band").map(BandExtractor::isThisBand).orElse(false) || "focus".equals(m.attribute("band"))) {
                pointing.add(m);
                continue;
            }
            List<TokenSpan> bands = m.group("band").map(List::of).orElseGet(() -> m.group("bands").map(BandExtractor::splitBands).orElse(List.of()));
            for (TokenSpan b : bands) {
                Mention band = accepted(doc, ctx, cast, m, b);
                if (band != null) make(doc, m, band, fictional(m), cast, out);
            }
        }
        songArtists(doc, ctx, cast, out);
        for (RuleMatch m : pointing) {
            if (m.attribute("check") != null && m.attribute("check").contains("music-review") && !musicReview(doc)) continue;
            Fact.Band focus = focus(out, m.span().begin());
            if (focus == null && musicReview(doc)) focus = antecedent(doc, ctx, cast, m.span().begin());
            // ("Guitarist Jane Roe" after "Jane Roe of the Wolves": a member some rule already placed stays there)
            if (focus != null && !("focus".equals(m.attribute("band")) && m.group("member").map(x -> isMember(out, doc.text(x.begin(), x.endChar()))).orElse(false)))
                make(doc, m, focus.band(), focus.fictional(), cast, out);
        }
        bandmates(cast, out);
        familyMembers(doc, out);
        return shortNamesJoined(out);
    }

    /** "the Six" after "the Lennox Avenue Six", "the Poets" after "the Southside Poets": a band's last words stand for it. */
    private static List<Fact> shortNamesJoined(Map<String, Fact.Band> out) {
        Map<String, Mention> longer = new java.util.HashMap<>();
        for (Fact.Band b : out.values()) {
            String shortName = Names.fold(b.band().text());
            for (Fact.Band o : out.values()) {
                String l = Names.fold(o.band().text());
                if (l.length() > shortName.length() && l.endsWith(" " + shortName)) longer.put(shortName, o.band());
            }
        }
        if (longer.isEmpty()) return new ArrayList<>(out.values());
        Map<String, Fact.Band> joined = new LinkedHashMap<>();
        for (Fact.Band b : out.values()) {
            Mention to = longer.get(Names.fold(b.band().text()));
            put(joined, to == null ? b : new Fact.Band(to, b.fictional(), b.member(), b.songwriter(), b.evidence()));
        }
        return new ArrayList<>(joined.values());
    }

    /** The band named by {@code b} when it passes the general tests and the rule's checks, else null. */
    private static Mention accepted(Doc doc, ReviewContext ctx, List<Fact.Cast> cast, RuleMatch m, TokenSpan b) {
        Mention band = bandMention(doc, b);
        // after a plural band noun ("of the bands A and B") every item is a band, whatever NER thinks
        boolean listed = m.group("bands").isPresent();
        // (a film titled after its band is common in music documentaries: the title is a band only where a band noun
        // or a member says so, "the post-punk band Paper Moths")
        boolean explicit = "member".equals(m.attribute("makes")) || m.span().tokens().stream().anyMatch(t -> BAND_NOUNS.contains(t.word().toLowerCase(Locale.ROOT)));
        if (band == null || ctx.isFilmTitle(band.text()) && !explicit || !listed && isPersonName(b)) return null;
        // the plural of a surname the review gives a person ("the Springsteens", "Bruce Springsteens") is a family or
        // that person's work, not a band
        String last = b.last().word();
        if (!listed && last.endsWith("s") && Names.surnames(doc).contains(last.substring(0, last.length() - 1))) return null;
        // a year or a number ("the 1981 album") names no band
        if (band.text().chars().noneMatch(Character::isLetter)) return null;
        // "comedy duo A and B", "the dance group X": a group that does not make music is no band
        if (m.group("cue").map(c -> c.tokens().stream().anyMatch(t -> NOT_MUSIC.contains(t.word().toLowerCase(Locale.ROOT)))).orElse(false)) return null;
        for (String check : m.attributes().getOrDefault("check", "").split(",")) {
            boolean ok = switch (check) {
                case "" -> true;
                case "not-person" -> !b.tokens().stream().allMatch(Token::isPerson);
                // a person's possessive or a cast member is not a band ("Jane Roe's songs")
                case "not-cast" -> b.tokens().stream().noneMatch(Token::isPerson) && !isCast(cast, band.text());
                // "songs of the Harrows" is a band; "songs of the Earth" is not: a band's name is a plural
                case "plural" -> b.last().word().matches("\\p{Lu}\\p{L}+s");
                // "the music of the Sixties", "the Nashville band X" (a place says where X is from)
                case "not-place" -> b.tokens().stream().noneMatch(t -> PLACE_OR_TIME.contains(t.ner()) || t.word().matches("(?i).*ies"));
                case "ends-name" -> m.span().end() >= m.sentence().size() || !m.sentence().get(m.span().end()).isCapitalised();
                case "music-review" -> musicReview(doc);
                // named at least twice in the review: a band the review is about, not one mentioned in passing
                case "repeated" -> occurrences(doc.text(), band.text()) >= 2;
                // "the Lennox Four": the word before the count is a person's name in the review (not "the Fab Four")
                case "leader-named" -> b.size() >= 2 && (b.tokens().get(b.size() - 2).isPerson() || Names.surnames(doc).contains(b.tokens().get(b.size() - 2).word()));
                case "not-award" -> b.tokens().stream().noneMatch(t -> NOT_BANDS.contains(t.word().toLowerCase(Locale.ROOT)) || "MISC".equals(t.ner()) || "NATIONALITY".equals(t.ner()));
                default -> throw new IllegalStateException("unknown check " + check);
            };
            if (!ok) return null;
        }
        return band;
    }

    private static int occurrences(String text, String name) {
        int n = 0;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) n++;
        return n;
    }

    /** The review talks about music: three or more music words. */
    static boolean musicReview(Doc doc) {
        int n = 0;
        for (Sentence s : doc.sentences())
            for (Token t : s.tokens())
                if (t.isLowercaseWord() && MUSIC_WORDS.contains(t.word().toLowerCase(Locale.ROOT)) && ++n >= 3) return true;
        return false;
    }

    /** The statements one match makes about {@code band}. */
    private static void make(Doc doc, RuleMatch m, Mention band, Fact.Fictional fictional, List<Fact.Cast> cast, Map<String, Fact.Band> out) {
        Evidence ev = new Evidence(m.span().begin(), m.span().endChar(), m.rule());
        put(out, new Fact.Band(band, fictional, null, null, ev));
        switch (m.attribute("makes")) {
            case "member" -> {
                List<TokenSpan> members = m.group("member").map(List::of)
                        .orElseGet(() -> m.group("members").map(BandExtractor::namesInList).orElse(List.of()));
                for (TokenSpan member : members)
                    // (a one-word name NER leaves alone counts when the review casts it as a character: "a giant called Tiny")
                    if ((Names.looksLikePerson(member) || member.size() == 1 && (member.first().isPerson() || castCharacter(cast, member.text())))
                            && !hired(m.sentence(), member))
                        put(out, new Fact.Band(band, fictional, Mention.of(doc, member), null, ev));
            }
            // ("'Blue Room', written by Roe": a songwriter after "by" is no actor, so the span itself is the name)
            case "songwriter" -> m.group("songwriter").flatMap(sw -> namesInList(sw).stream().findFirst().or(() -> java.util.Optional.of(sw))).filter(Names::looksLikePerson).map(sw -> Mention.of(doc, sw)).or(() -> songwriterBefore(doc, m))
                    .ifPresent(sw -> put(out, new Fact.Band(band, fictional, null, sw, ev)));
            default -> { }
        }
        if ("cast-members".equals(m.attribute("then"))) {
            memberFromCast(doc, m, cast).ifPresent(ch -> put(out, new Fact.Band(band, fictional, ch, null, ev)));
            List<Mention> inBrackets = membersInBrackets(m, cast);
            // the evidence runs to the last member, so the quote shows the name and the member together
            for (Mention member : inBrackets)
                put(out, new Fact.Band(band, fictional, member, null, new Evidence(ev.begin(), Math.max(ev.end(), inBrackets.get(inBrackets.size() - 1).end()), ev.rule())));
        }
    }

    /**
     * "the Maddox Sisters … Elder sister Rhona Maddox writes the songs; younger sister Kirsty sings": a band named for a
     * family has for members the people who bear its name, and those the review calls a sister or a brother.
     */
    private static void familyMembers(Doc doc, Map<String, Fact.Band> out) {
        for (Fact.Band b : List.copyOf(out.values())) {
            String[] w = b.band().text().replaceFirst("^(?i)the\\s+", "").split("\\s+");
            if (w.length != 2 || !w[1].matches("Sisters|Brothers|Family|Boys|Girls")) continue;
            for (Sentence s : doc.sentences())
                for (int i = 0; i < s.size(); i++) {
                    TokenSpan n = Names.properNameRun(s, i);
                    if (n == null || n.start() != i) continue;
                    i = n.end() - 1;
                    if (n.begin() < b.band().end() && b.band().begin() < n.endChar() || n.size() == 1 && n.first().word().equals(w[0])) continue;
                    boolean bearsName = n.size() >= 2 && n.last().word().equals(w[0]) && Names.looksLikePerson(n);
                    boolean kin = n.start() > 0 && s.get(n.start() - 1).word().matches("(?i)sister|brother") && n.first().isPerson();
                    if (bearsName || kin) put(out, new Fact.Band(b.band(), b.fictional(), Mention.of(doc, n), null, b.evidence()));
                }
        }
    }

    private static boolean castCharacter(List<Fact.Cast> cast, String name) {
        return cast.stream().anyMatch(c -> c.character() != null && Names.fold(c.character().text()).equals(Names.fold(name)));
    }

    /** "touring keyboardist X", "session drummer Y": a player the band hires is no member. */
    private static boolean hired(Sentence s, TokenSpan member) {
        // ("songs written by real-life guitarist X": a real musician outside the band the film is about; "their longtime
        // accompanist, the guitarist X": a player the band works with)
        for (int i = member.start() - 1; i >= Math.max(0, member.start() - 5); i--)
            if (s.get(i).word().matches("(?i)touring|session|hired|guest|stand-in|backing|real-life|accompanist")) return true;
        return false;
    }

    /** "the band", "the group", "their", "its": words that point at the band the review is about. */
    private static boolean isThisBand(TokenSpan b) {
        String w = b.last().word().toLowerCase(Locale.ROOT);
        return BAND_NOUNS.contains(w) && b.size() == 2 || w.equals("their") || w.equals("its") || w.equals("line-up") || w.equals("lineup");
    }

    /**
     * "That is the Velvet Owls in 1971. … the group's drummer": where no rule named a band, "the band" points back at the
     * last plural name after "the" before it ("the Velvet Owls"), one no person, place or title takes, in a review about
     * music (the reader resolves it so).
     */
    private static Fact.Band antecedent(Doc doc, ReviewContext ctx, List<Fact.Cast> cast, int at) {
        TokenSpan last = null;
        for (Sentence s : doc.sentences()) {
            if (s.begin() >= at) break;
            for (int i = 0; i + 1 < s.size(); i++) {
                if (!s.get(i).word().equalsIgnoreCase("the")) continue;
                int e = i + 1;
                while (e < s.size() && e - i <= 3 && s.get(e).word().matches("\\p{Lu}[\\p{L}'’.&!\\-]*") && s.get(e).tag().startsWith("NN")) e++;
                if (e == i + 1 || s.get(e - 1).begin() >= at) continue;
                TokenSpan name = new TokenSpan(s, i + 1, e);
                boolean more = e < s.size() && (s.get(e).tag().matches("NNP.*|POS") || s.get(e).is("of"));
                if (more || !name.last().word().matches("\\p{Lu}\\p{L}+s") || name.tokens().stream().anyMatch(t -> t.isPerson() || PLACE_OR_TIME.contains(t.ner())))
                    continue;
                Mention band = Mention.of(doc, name);
                if (ctx.isFilmTitle(band.text()) || isCast(cast, band.text()) || NOT_BANDS.contains(name.last().word().toLowerCase(Locale.ROOT))) continue;
                last = name;
            }
        }
        if (last == null) return null;
        return new Fact.Band(Mention.of(doc, last), Fact.Fictional.UNKNOWN, null, null, new Evidence(last.begin(), last.endChar(), "band.antecedent"));
    }

    private static boolean isMember(Map<String, Fact.Band> out, String person) {
        String p = Names.fold(person);
        return out.values().stream().anyMatch(b -> b.member() != null && Names.fold(b.member().text()).equals(p));
    }

    /** The band last named before {@code at}, else the review's only band, else null. */
    private static Fact.Band focus(Map<String, Fact.Band> out, int at) {
        Fact.Band last = null;
        for (Fact.Band b : out.values())
            if (b.band().begin() < at && (last == null || b.band().begin() > last.band().begin())) last = b;
        if (last != null) return last;
        List<String> names = out.values().stream().map(b -> Names.fold(b.band().text())).distinct().toList();
        return names.size() == 1 ? out.values().iterator().next() : null;
    }

    /** The personal names in a list, skipping role nouns and bracketed instruments ("guitarist A and B (drums)"). */
    private static List<TokenSpan> namesInList(TokenSpan list) {
        List<TokenSpan> out = new ArrayList<>();
        for (TokenSpan n : CrewExtractor.namesOutsideBrackets(list)) {
            // ("the drummer, Sid Lowe, played by X": the actor is no member)
            if (n.start() > 0 && n.sentence().get(n.start() - 1).is("by")) continue;
            int st = n.start();
            while (st < n.end() && MEMBER_NOUNS.contains(n.sentence().get(st).word().toLowerCase(Locale.ROOT))) st++;
            if (st < n.end()) out.add(new TokenSpan(n.sentence(), st, n.end()));
        }
        return out;
    }

    /** The artist of a song ("Wolves' “Night Drive”") that no word of NER calls a person is a band. */
    private static void songArtists(Doc doc, ReviewContext ctx, List<Fact.Cast> cast, Map<String, Fact.Band> out) {
        for (Fact f : ctx.facts()) {
            if (!(f instanceof Fact.Song song) || song.artist() == null) continue;
            Mention a = song.artist();
            if (ctx.isFilmTitle(a.text()) || ctx.isCrew(a.text()) || isCast(cast, a.text()) || personAt(doc, a)) continue;
            String t = a.text().replaceFirst("^(?i)the\\s+", "");
            if (t.isBlank()) continue;
            put(out, new Fact.Band(Mention.of(doc, a.end() - t.length(), a.end()), Fact.Fictional.UNKNOWN, null, null,
                    new Evidence(song.evidence().begin(), song.evidence().end(), "band.song-artist")));
        }
    }

    private static boolean personAt(Doc doc, Mention m) {
        for (Sentence s : doc.sentences())
            for (Token t : s.tokens()) if (t.begin() >= m.begin() && t.end() <= m.end() && t.isPerson()) return true;
        return false;
    }

    private static boolean isCast(List<Fact.Cast> cast, String name) {
        String n = Names.fold(name);
        return cast.stream().anyMatch(c -> Names.fold(c.actor().text()).equals(n) || c.character() != null && Names.fold(c.character().text()).equals(n));
    }

    private static void put(Map<String, Fact.Band> out, Fact.Band f) {
        String key = Names.fold(f.band().text()) + "|" + (f.member() == null ? "" : Names.fold(f.member().text())) + "|"
                + (f.songwriter() == null ? "" : Names.fold(f.songwriter().text()));
        Fact.Band old = out.get(key);
        if (old == null || old.fictional() == Fact.Fictional.UNKNOWN && f.fictional() != Fact.Fictional.UNKNOWN) out.put(key, f);
    }

    /** Band names drop a leading "the" and trailing possessives or punctuation. */
    private static Mention bandMention(Doc doc, TokenSpan b) {
        int s = b.start();
        int e = b.end();
        while (s < e && b.sentence().get(s).word().equalsIgnoreCase("the")) s++;
        while (e > s && !Character.isLetterOrDigit(b.sentence().get(e - 1).word().codePointAt(0))) e--;
        if (e <= s) return null;
        return Mention.of(doc, new TokenSpan(b.sentence(), s, e));
    }

    private static boolean isPersonName(TokenSpan b) {
        return b.tokens().stream().allMatch(Token::isPerson);
    }

    private static List<TokenSpan> splitBands(TokenSpan list) {
        List<TokenSpan> out = new ArrayList<>();
        int start = list.start();
        for (int i = list.start(); i <= list.end(); i++) {
            boolean cut = i == list.end() || list.sentence().get(i).word().equals(",") || list.sentence().get(i).word().equals("and");
            if (cut) {
                if (i > start) out.add(new TokenSpan(list.sentence(), start, i));
                start = i + 1;
            }
        }
        return out;
    }

    /** "fictional band", "real-life band" say so; a band introduced with a place ("the Nashville band") is real. */
    private static Fact.Fictional fictional(RuleMatch m) {
        if (m.rule().startsWith("band.member-of")) return Fact.Fictional.NO;
        TokenSpan cue = m.group("cue").orElse(null);
        if (cue == null) return Fact.Fictional.UNKNOWN;
        for (Token t : cue.tokens()) {
            Fact.Fictional f = Lexicon.FICTIONAL_CUES.get(t.word().toLowerCase(Locale.ROOT));
            if (f != null) return f;
        }
        if (cue.tokens().stream().anyMatch(t -> "LOCATION".equals(t.ner()))) return Fact.Fictional.NO;
        return Fact.Fictional.UNKNOWN;
    }

    /** The person named just before "(… write the songs for X)". */
    private static java.util.Optional<Mention> songwriterBefore(Doc doc, RuleMatch m) {
        Sentence s = m.sentence();
        int depth = 0;
        for (int i = m.span().start() - 1; i >= 0; i--) {
            String w = s.get(i).word();
            if (w.equals(")")) depth++;
            if (w.equals("(")) {
                if (depth == 0) {
                    TokenSpan name = Names.lastNameRun(new TokenSpan(s, Math.max(0, i - 4), i));
                    if (name != null && name.end() == i && Names.looksLikePerson(name)) return java.util.Optional.of(Mention.of(doc, name));
                    return java.util.Optional.empty();
                }
                depth--;
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * "Ruth (Jane Roe) who is the lead singer of a band named X", "Ruth … at a show by her band, X":
     * the character mentioned last before the band phrase in the same sentence, when a member noun or
     * "her/his band" links them.
     */
    private static java.util.Optional<Mention> memberFromCast(Doc doc, RuleMatch m, List<Fact.Cast> cast) {
        Sentence s = m.sentence();
        int bandAt = m.span().begin();
        Fact.Cast last = null;
        for (Fact.Cast c : cast) {
            if (c.character() == null || c.character().begin() < s.begin() || c.character().end() > bandAt) continue;
            if (last == null || c.character().begin() > last.character().begin()) last = c;
        }
        if (last == null) return java.util.Optional.empty();
        String between = doc.text(last.character().end(), m.span().endChar()).toLowerCase(Locale.ROOT);
        boolean linked = MEMBER_NOUNS.stream().anyMatch(n -> between.matches("(?s).*\\b" + java.util.regex.Pattern.quote(n) + "\\b.*"))
                || m.group("cue").map(cue -> cue.tokens().stream().anyMatch(t -> t.tag().equals("PRP$"))).orElse(false);
        return linked ? java.util.Optional.of(last.character()) : java.util.Optional.empty();
    }

    /** "her band X (A as Ruth and B as Ida)": the characters (else actors) cast inside the brackets after the name. */
    private static List<Mention> membersInBrackets(RuleMatch m, List<Fact.Cast> cast) {
        Sentence s = m.sentence();
        int open = m.span().end();
        if (open >= s.size() || !s.get(open).word().equals("(")) return List.of();
        int close = open + 1;
        while (close < s.size() && !s.get(close).word().equals(")")) close++;
        if (close >= s.size()) return List.of();
        int from = s.get(open).end();
        int to = s.get(close).begin();
        List<Mention> out = new ArrayList<>();
        for (Fact.Cast c : cast)
            if (c.actor().begin() >= from && c.actor().end() <= to) out.add(c.character() != null ? c.character() : c.actor());
        return out;
    }

    /**
     * Characters described as bandmates, drummers, bass players … belong to the review's band when exactly one
     * band already has a character as a member.
     */
    private static void bandmates(List<Fact.Cast> cast, Map<String, Fact.Band> out) {
        List<Fact.Band> withMembers = out.values().stream().filter(b -> b.member() != null && b.fictional() != Fact.Fictional.NO).toList();
        // (a review's only band, members named or not: "a band called the Paper Tigers … drummer Dex (X)")
        if (withMembers.isEmpty()) withMembers = List.copyOf(out.values());
        List<String> bands = withMembers.stream().map(b -> Names.fold(b.band().text())).distinct().toList();
        if (bands.size() != 1) return;
        Fact.Band band = withMembers.get(0);
        for (Fact.Cast c : cast) {
            if (c.character() == null || c.description() == null) continue;
            String d = c.description().text().toLowerCase(Locale.ROOT);
            // ("soul singer X" is as often a solo artist: a singer joins the band when the description says whose)
            boolean member = MEMBER_NOUNS.stream().filter(n -> !n.equals("singer") && !n.equals("vocalist"))
                    .anyMatch(n -> d.matches("(?s).*\\b" + java.util.regex.Pattern.quote(n) + "\\b.*"))
                    || d.matches("(?s).*\\b(?:lead|backing|band's|group's|their|its)\\b.*\\b(?:singer|vocalist)\\b.*")
                    // ("the baby of the group", "the brains of the band")
                    || d.matches("(?s).*\\bof the (?:band|group)\\b.*");
            if (member) {
                put(out, new Fact.Band(band.band(), band.fictional(), c.character(), null, c.evidence()));
            }
        }
    }
}
