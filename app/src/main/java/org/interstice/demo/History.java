package org.interstice.demo;

import org.interstice.calendar.WorkingDays;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Helpers for the demo's history (step 450): two years of past activity, month by month, so that the learning
 * module's SPC charts show real variation and special causes. Each owning module writes its own history rows; the
 * monthly targets it follows are in its history step. Everything is relative to the clock and seeded.
 */
public final class History {

    /** Months of history behind the learning charts (the charts show the last 24 complete months). */
    public static final int MONTHS = 24;
    /** Step order of the history steps: after every other demo step. */
    public static final int ORDER = 450;
    /** Names for the synthetic people of the history (they are never real). */
    private static final String[] GIVEN = {"Ava", "Ben", "Cara", "Dan", "Ella", "Finn", "Grace", "Harry", "Isla", "Jack",
            "Kai", "Leah", "Mia", "Noah", "Olivia", "Reece", "Sophie", "Tyler", "Zara", "Liam"};
    private static final String[] FAMILY = {"Atkins", "Barker", "Cole", "Dixon", "Ellis", "Foster", "Gray", "Hughes",
            "Irving", "Jones", "Kerr", "Lowe", "Marsh", "Nash", "Owen", "Price", "Reid", "Shaw", "Todd", "Ward"};

    private final Random random;
    private final WorkingDays workingDays;
    private final ZoneId zone;
    private final YearMonth thisMonth;

    public History(long seed, WorkingDays workingDays) {
        this.random = new Random(seed);
        this.workingDays = workingDays;
        this.zone = workingDays.zone();
        this.thisMonth = YearMonth.from(workingDays.today());
    }

    public Random random() {
        return random;
    }

    /** The month {@code index} of the charts' window: 0 is {@value #MONTHS} months ago, MONTHS - 1 is last month. */
    public YearMonth month(int index) {
        return thisMonth.minusMonths(MONTHS - index);
    }

    public LocalDate today() {
        return workingDays.today();
    }

    public WorkingDays workingDays() {
        return workingDays;
    }

    public int between(int lowest, int highest) {
        return lowest + random.nextInt(highest - lowest + 1);
    }

    /** A random working day of the month. */
    public LocalDate workingDayIn(YearMonth month) {
        while (true) {
            LocalDate day = workingDays.workingDayOnOrAfter(month.atDay(1 + random.nextInt(month.lengthOfMonth())));
            if (YearMonth.from(day).equals(month)) {
                return day;
            }
        }
    }

    /** An instant in office hours (09:00 to 16:59) on the day. */
    public Instant officeHours(LocalDate day) {
        return day.atTime(LocalTime.of(between(9, 16), between(0, 59))).atZone(zone).toInstant();
    }

    /** The start of a day in the partnership's zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    /** {@code n} flags, of which the share {@code percent} (rounded) are true, in random order. */
    public List<Boolean> shuffled(int n, double percent) {
        int hits = (int) Math.round(n * percent / 100);
        List<Boolean> flags = new ArrayList<>(Collections.nCopies(hits, true));
        flags.addAll(Collections.nCopies(n - hits, false));
        Collections.shuffle(flags, random);
        return flags;
    }

    public String name() {
        return GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
    }
}
