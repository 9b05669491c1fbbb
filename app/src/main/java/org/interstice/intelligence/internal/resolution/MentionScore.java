package org.interstice.intelligence.internal.resolution;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.interstice.intelligence.EntityType;
import org.interstice.intelligence.internal.resolution.NameFrequencies.Part;
import org.interstice.linkage.NameAgreement;
import org.interstice.linkage.NameAgreement.Level;

/**
 * Scores a person mention against one known person: the best agreement of the names (the linkage engine's levels),
 * date of birth or age, and the objects both are tied to (a phone or a vehicle is strong, a hotel or takeaway weak).
 * Every weight is a line of evidence, so the score always says why. Agreement on a name is adjusted by how many
 * persons hold it ({@link NameFrequencies}): a rare name counts for more than a common one. ADRs 0065 and 0066.
 */
public final class MentionScore {

    private final ResolutionSettings settings;
    private final NameFrequencies frequencies;

    /** Without name frequencies (every name weighs as an average one). */
    public MentionScore(ResolutionSettings settings) {
        this(settings, new NameFrequencies());
    }

    public MentionScore(ResolutionSettings settings, NameFrequencies frequencies) {
        this.settings = settings;
        this.frequencies = frequencies;
    }

    /** The person as the report names them. */
    public record Mention(PersonName name, LocalDate dateOfBirth, Integer estimatedAge, LocalDate reportedOn, UUID subjectId) {
    }

    /** A name a known person was given in an earlier report, with what else that report said. */
    public record KnownName(String asGiven, PersonName name, LocalDate dateOfBirth, Integer estimatedAge, LocalDate reportedOn) {
    }

    /** An object or place tied both to the mention (in this report) and to the known person (in earlier ones). */
    public record SharedObject(EntityType type, String label, String premisesKind) {
    }

    public record Candidate(UUID personId, UUID subjectId, List<KnownName> names, List<SharedObject> shared) {
    }

    /** One line of evidence: what agreed or disagreed, and its weight in bits. */
    public record Evidence(String what, double weight) {
        public String display() {
            return bits(weight) + " " + what;
        }

        /** "+9", "-2", "+11.3". */
        static String bits(double weight) {
            double w = NameFrequencies.round(weight);
            return (w >= 0 ? "+" : "") + (w == Math.rint(w) ? String.valueOf((long) w) : String.valueOf(w));
        }
    }

    public record Score(UUID personId, double total, List<Evidence> evidence, boolean differentSubjects) {
    }

    public Score score(Mention m, Candidate c) {
        return score(m, c, null);
    }

    /**
     * The mention against a person, where {@code circle}, when not null, is a phone, vehicle, account, licence or home
     * address both are tied to, of whose men he is the only one whose name agrees with the mention's (ADR 0083): his
     * name is then not marked down for being common, since the mention is placed among the few men tied to that object,
     * not among all the men of the town who hold the name, and being the only one of them is a line of its own.
     */
    public Score score(Mention m, Candidate c, SharedObject circle) {
        List<Evidence> lines = new ArrayList<>();
        names(m, c.names(), circle).ifPresent(lines::add);
        if (circle != null && settings.circleName() != 0 && m.name().present()
                && usable(m.name(), c.names()).stream().anyMatch(k -> places(m.name(), k)))
            lines.add(circleLine(circle));
        age(m, c.names()).ifPresent(lines::add);
        lines.addAll(objects(c.shared()));
        double total = lines.stream().mapToDouble(Evidence::weight).sum();
        boolean differentSubjects = m.subjectId() != null && c.subjectId() != null && !m.subjectId().equals(c.subjectId());
        if (differentSubjects) lines.add(new Evidence("tied to a different identity subject: an analyst must decide", 0));
        return new Score(c.personId(), total, List.copyOf(lines), differentSubjects);
    }

    /**
     * Two persons compared as wholes, for a bridge (ADR 0078): the best agreement between a name of one and a name of
     * the other (full names only with full names when both have any, so a nickname cannot mask a clear disagreement),
     * their ages (the least favourable pair, since a bridge joins without a mention of its own), and the objects both
     * are tied to, the strongest of each type once. Two persons tied to different identity subjects are flagged.
     */
    public Score persons(List<KnownName> mine, UUID mySubject, Candidate other) {
        List<Evidence> lines = new ArrayList<>();
        Evidence bestName = bestName(mine, other.names());
        if (bestName != null) lines.add(bestName);
        ages(mine, other.names()).ifPresent(lines::add);
        lines.addAll(objects(other.shared()));
        double total = lines.stream().mapToDouble(Evidence::weight).sum();
        boolean differentSubjects = mySubject != null && other.subjectId() != null && !mySubject.equals(other.subjectId());
        if (differentSubjects) lines.add(new Evidence("tied to a different identity subject: an analyst must decide", 0));
        return new Score(other.personId(), total, List.copyOf(lines), differentSubjects);
    }

    /** Two persons' ages: for each of his mentions the nearest of the other's, and of those the least favourable. */
    private Optional<Evidence> ages(List<KnownName> mine, List<KnownName> theirs) {
        Evidence age = null;
        for (KnownName x : mine) {
            Optional<Evidence> e = age(new Mention(x.name(), x.dateOfBirth(), x.estimatedAge(), x.reportedOn(), null), theirs);
            if (e.isPresent() && (age == null || e.get().weight() < age.weight())) age = e.get();
        }
        return Optional.ofNullable(age);
    }

    /**
     * Whether two persons' ages, or dates of birth, say they are different men (ADR 0084): a report naming one of them
     * does not join them, whatever it shares with each.
     */
    public boolean agesDisagree(List<KnownName> mine, List<KnownName> theirs) {
        return ages(mine, theirs).map(e -> e.weight() < 0).orElse(false);
    }

    /**
     * Whether two persons' names agree at all (the best agreement between a name of one and a name of the other
     * weighs more than nothing). A bridge needs it (ADR 0078): an object both are tied to, however strong, does not
     * make a child seen in a man's car that man.
     */
    public boolean namesAgree(List<KnownName> mine, List<KnownName> theirs) {
        Evidence best = bestName(mine, theirs);
        return best != null && best.weight() > 0;
    }

    /** The best agreement between a name of one person and a name of the other (full names with full names when both have any). */
    private Evidence bestName(List<KnownName> mine, List<KnownName> theirs) {
        List<KnownName> a = mine.stream().filter(k -> k.name().present()).toList();
        List<KnownName> b = theirs.stream().filter(k -> k.name().present()).toList();
        if (a.stream().anyMatch(k -> k.name().full()) && b.stream().anyMatch(k -> k.name().full())) {
            a = a.stream().filter(k -> k.name().full()).toList();
            b = b.stream().filter(k -> k.name().full()).toList();
        }
        Evidence bestName = null;
        for (KnownName x : a)
            for (KnownName y : b) {
                Evidence e = compare(x.name(), y);
                if (bestName == null || e.weight() > bestName.weight())
                    bestName = new Evidence(e.what().replace(" (\"", " (\"" + x.asGiven().strip() + "\" and \""), e.weight());
            }
        return bestName;
    }

    /** The person's names a mention's name is compared with: his full names only, when both give one. */
    private static List<KnownName> usable(PersonName m, List<KnownName> known) {
        List<KnownName> usable = known.stream().filter(k -> k.name().present()).toList();
        if (m.full() && usable.stream().anyMatch(k -> k.name().full()))
            usable = usable.stream().filter(k -> k.name().full()).toList();
        return usable;
    }

    /**
     * Whether the name places him in a circle (ADR 0083): it agrees by its spelling or as a known nickname, however
     * common; not by its sound alone (a street name "Kid" sounds like a misspelt "Cuidi"), nor by an initial, which may
     * be his brother's as well as his (ADR 0081).
     */
    private boolean places(PersonName m, KnownName k) {
        PersonName o = k.name();
        if (!m.present() || !o.present() || byInitial(m, o)) return false;
        if (m.full() && o.full()) return spelt(level(m.given(), o.given(), true)) && spelt(level(m.family(), o.family(), false));
        PersonName lone = m.full() ? o : m, other = m.full() ? m : o;
        return spelt(level(lone.given(), other.given(), true))
                || (other.full() && spelt(level(lone.given(), other.family(), false)));
    }

    /** The linkage engine's level of two single names, with keying slips when {@code keyingSlips} is on. */
    private Level level(String a, String b, boolean nicknames) {
        return NameAgreement.of(a, b, nicknames, settings.keyingSlips());
    }

    private static boolean spelt(Level level) {
        return level.agrees() && level != Level.PHONETIC;
    }

    private static boolean byInitial(PersonName m, PersonName o) {
        return m.full() && o.full() && (initial(m.given()) || initial(m.family()) || initial(o.given()) || initial(o.family()));
    }

    private Evidence circleLine(SharedObject circle) {
        return new Evidence("the only man tied to the same " + circleLabel(circle) + " whose name agrees", settings.circleName());
    }

    /**
     * The best agreement between the mention's name and the person's names. A full name is compared with the person's
     * full names when he has any (so a nickname he also uses cannot mask a clear disagreement); a lone name with all.
     */
    java.util.Optional<Evidence> names(Mention m, List<KnownName> known) {
        return names(m, known, null);
    }

    /** Whether the mention's name agrees with any of the person's names (a disagreement weighs less than nothing). */
    public boolean nameAgrees(Mention m, List<KnownName> known) {
        return names(m, known, CIRCLE_CHECK).map(e -> e.weight() > 0).orElse(false);
    }

    /** For {@link #nameAgrees}: weigh the agreement without its frequency penalty. */
    private static final SharedObject CIRCLE_CHECK = new SharedObject(EntityType.PHONE, "", null);

    private java.util.Optional<Evidence> names(Mention m, List<KnownName> known, SharedObject circle) {
        if (!m.name().present()) return java.util.Optional.empty();
        return usable(m.name(), known).stream().map(k -> compare(m.name(), k, circle)).max(Comparator.comparingDouble(Evidence::weight));
    }

    Evidence compare(PersonName m, KnownName k) {
        return compare(m, k, null);
    }

    /** The two names compared; within a {@code circle} (ADR 0083) an agreement is not marked down for a common name. */
    private Evidence compare(PersonName m, KnownName k, SharedObject circle) {
        PersonName o = k.name();
        // the penalty is waived for the man the name places in his circle; when counting the men of a circle, for any that agree
        if (circle != null && circle != CIRCLE_CHECK && !places(m, k)) circle = null;
        String vs = " (\"" + k.asGiven().strip() + "\")";
        // an initial is not waived within a circle: it may be his brother's as well as his (ADR 0081)
        if (byInitial(m, o)) return withInitials(m, o, vs);
        if (m.full() && o.full()) {
            Level g = level(m.given(), o.given(), true), f = level(m.family(), o.family(), false);
            if (g.agrees() && f.agrees()) {
                return g == Level.EXACT && f == Level.EXACT
                        ? adjusted(circle, "full name exact" + vs, 9, tf(Part.GIVEN, m.given(), o.given(), g), tf(Part.FAMILY, m.family(), o.family(), f))
                        : adjusted(circle, "full name agrees: given name " + g.label() + ", family name " + f.label() + vs, 7,
                                tf(Part.GIVEN, m.given(), o.given(), g), tf(Part.FAMILY, m.family(), o.family(), f));
            }
            if (f.agrees()) return new Evidence("same family name, different given name" + vs, -6);
            if (g.agrees()) return new Evidence("same given name, different family name" + vs, -6);
            return new Evidence("different names" + vs, -10);
        }
        PersonName lone = m.full() ? o : m, other = m.full() ? m : o;
        Level g = level(lone.given(), other.given(), true);
        Optional<NameFrequencies.Adjustment> tf = tf(Part.GIVEN, lone.given(), other.given(), g);
        if (!other.full()) {
            if (g == Level.EXACT) return adjusted(circle, "same name" + vs, 4, tf);
            if (g.agrees()) return adjusted(circle, "name " + g.label() + vs, 2, tf);
            return new Evidence("different single names" + vs, -2);
        }
        if (g == Level.EXACT) return adjusted(circle, "given name exact, family name not given" + vs, 3, tf);
        if (g.agrees()) return adjusted(circle, "given name " + g.label() + ", family name not given" + vs, 2, tf);
        Level asFamily = level(lone.given(), other.family(), false);
        if (asFamily.agrees()) return adjusted(circle, "known by his family name" + vs, 2, tf(Part.FAMILY, lone.given(), other.family(), asFamily));
        return new Evidence("a single name not known as a form of the full name" + vs, -2);
    }

    private static boolean initial(String part) {
        return part != null && part.length() == 1;
    }

    /**
     * Two full names of which one gives an initial for a part ("Tariq M", "T Mahmood"). An initial agrees only with a
     * name beginning with its letter, and says little: a part and an initial weigh a little more than the part alone,
     * never as much as a full name. Without this, "m" against "mahmood" was a similar spelling, and two initials
     * ("a", "e") agreed by their sound.
     */
    private Evidence withInitials(PersonName m, PersonName o, String vs) {
        boolean givenInitial = initial(m.given()) || initial(o.given()), familyInitial = initial(m.family()) || initial(o.family());
        Level g = givenInitial ? initialLevel(m.given(), o.given()) : level(m.given(), o.given(), true);
        Level f = familyInitial ? initialLevel(m.family(), o.family()) : level(m.family(), o.family(), false);
        if (!g.agrees() && !f.agrees()) return new Evidence("different names" + vs, -10);
        if (!f.agrees()) return new Evidence("same given name, different family " + (familyInitial ? "initial" : "name") + vs, -6);
        if (!g.agrees()) return new Evidence("same family name, different given " + (givenInitial ? "initial" : "name") + vs, -6);
        if (givenInitial && familyInitial) return new Evidence("initials agree" + vs, 1);
        if (familyInitial)
            return adjusted(null, "given name " + g.label() + ", family initial agrees" + vs, g == Level.EXACT ? 4 : 3,
                    tf(Part.GIVEN, m.given(), o.given(), g));
        return adjusted(null, "family name " + f.label() + ", given initial agrees" + vs, f == Level.EXACT ? 3 : 2,
                tf(Part.FAMILY, m.family(), o.family(), f));
    }

    /** An initial against a name or an initial: the same first letter, or not. */
    private static Level initialLevel(String a, String b) {
        return a.charAt(0) == b.charAt(0) ? Level.EXACT : Level.ELSE;
    }

    /**
     * The frequency adjustment of an agreement: full weight for the same name, by how many hold it;
     * {@code frequencyFuzzyWeight} for a near one, by how many hold a name of the same sound (ADR 0079: a misspelling is
     * rare, the man it may be is not). Until sounds are counted, by the name.
     */
    private Optional<NameFrequencies.Adjustment> tf(Part part, String a, String b, Level level) {
        if (!level.agrees()) return Optional.empty();
        if (level == Level.EXACT) return frequencies.adjustment(part, a, b, settings.frequencyWeight(), settings);
        Part sound = part == Part.GIVEN ? Part.GIVEN_SOUND : Part.FAMILY_SOUND;
        String ka = NameAgreement.phoneticKey(a), kb = NameAgreement.phoneticKey(b);
        if (!settings.frequencyFuzzyBySound() || ka == null || kb == null || frequencies.total(sound) == 0)
            return frequencies.adjustment(part, a, b, settings.frequencyFuzzyWeight(), settings);
        return frequencies.adjustment(sound, ka, kb, settings.frequencyFuzzyWeight(), settings)
                .map(x -> new NameFrequencies.Adjustment(x.bits(), "names sounding like " + (x.name().equals(kb) ? b : a), x.persons(), x.total()));
    }

    /**
     * A name agreement's base weight plus its frequency adjustments, each shown; within a {@code circle} (ADR 0083) a
     * penalty for a common name is shown as not counted.
     */
    @SafeVarargs
    private static Evidence adjusted(SharedObject circle, String what, double base, Optional<NameFrequencies.Adjustment>... adjustments) {
        List<NameFrequencies.Adjustment> all = java.util.Arrays.stream(adjustments).flatMap(Optional::stream).toList();
        if (all.isEmpty()) return new Evidence(what, base);
        double total = base + all.stream().mapToDouble(a -> circle != null && a.bits() < 0 ? 0 : a.bits()).sum();
        String waived = circle == null || all.stream().allMatch(a -> a.bits() >= 0) ? ""
                : "; a common name not counted against the only man tied to the same " + circleLabel(circle) + " whose name agrees";
        return new Evidence(what + ": " + Evidence.bits(base) + ", name frequency "
                + all.stream().map(NameFrequencies.Adjustment::display).collect(java.util.stream.Collectors.joining(", ")) + waived,
                NameFrequencies.round(total));
    }

    private static String circleLabel(SharedObject o) {
        return switch (o.type()) {
            case PHONE -> "phone";
            case VEHICLE -> "vehicle";
            case ONLINE_ACCOUNT -> "online account";
            case TAXI_LICENCE -> "licence";
            case ADDRESS -> "address";
            default -> o.type().name().toLowerCase(java.util.Locale.UK);
        } + " " + o.label();
    }

    /** Date of birth against date of birth; otherwise the years of birth implied by dates and estimated ages. */
    java.util.Optional<Evidence> age(Mention m, List<KnownName> known) {
        if (m.dateOfBirth() != null) {
            List<LocalDate> dobs = known.stream().map(KnownName::dateOfBirth).filter(java.util.Objects::nonNull).toList();
            if (!dobs.isEmpty()) {
                long best = dobs.stream().mapToLong(d -> Math.abs(ChronoUnit.DAYS.between(d, m.dateOfBirth()))).min().orElseThrow();
                if (best == 0) return java.util.Optional.of(new Evidence("same date of birth " + m.dateOfBirth(), 6));
                if (best <= 366) return java.util.Optional.of(new Evidence("date of birth within a year", 2));
                return java.util.Optional.of(new Evidence("different date of birth", -8));
            }
        }
        Integer year = birthYear(m.dateOfBirth(), m.estimatedAge(), m.reportedOn());
        if (year == null) return java.util.Optional.empty();
        List<Integer> years = known.stream().map(k -> birthYear(k.dateOfBirth(), k.estimatedAge(), k.reportedOn()))
                .filter(java.util.Objects::nonNull).toList();
        if (years.isEmpty()) return java.util.Optional.empty();
        int diff = years.stream().mapToInt(y -> Math.abs(y - year)).min().orElseThrow();
        if (diff <= 5) return java.util.Optional.of(new Evidence("age compatible (born about " + year + ")", 1));
        if (diff > 12) return java.util.Optional.of(new Evidence("age incompatible (" + diff + " years apart)", -5));
        return java.util.Optional.empty();
    }

    private static Integer birthYear(LocalDate dob, Integer age, LocalDate on) {
        if (dob != null) return dob.getYear();
        if (age != null && on != null) return on.getYear() - age;
        return null;
    }

    /** The strongest shared object of each type counts once. */
    List<Evidence> objects(List<SharedObject> shared) {
        Map<EntityType, Evidence> best = new EnumMap<>(EntityType.class);
        for (SharedObject o : shared) {
            Evidence e = object(o);
            if (e == null) continue;
            best.merge(o.type(), e, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
        return List.copyOf(best.values());
    }

    private Evidence object(SharedObject o) {
        return switch (o.type()) {
            case PHONE -> new Evidence("same phone " + o.label() + " (strong)", settings.phone());
            case VEHICLE -> new Evidence("same vehicle " + o.label() + " (strong)", settings.vehicle());
            case ONLINE_ACCOUNT -> new Evidence("same online account " + o.label() + " (strong)", settings.onlineAccount());
            case TAXI_LICENCE -> new Evidence("same licence " + o.label() + " (strong)", settings.taxiLicence());
            case ADDRESS -> new Evidence("same address " + o.label(), settings.address());
            case PREMISES -> settings.publicPlace(o.premisesKind())
                    ? new Evidence("same " + o.premisesKind().strip().toLowerCase(java.util.Locale.UK) + " " + o.label() + " (weak: a public place)", settings.publicPlace())
                    : new Evidence("same premises " + o.label(), settings.premises());
            default -> null;
        };
    }
}
