package org.interstice.linkage.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A seeded synthetic UK population and the records agencies hold of it, for benchmarks and tests.
 *
 * <p>People live in households (singles, couples, families with siblings and twins, lone parents, three generations)
 * with ethnically diverse names weighted by frequency, real postcode districts and valid identifiers. Each person is
 * copied into 1..7 agency records through a realistic error model ({@link AgencyCopies}). Records are streamed
 * (bounded memory: a shuffle window of {@value #SHUFFLE_WINDOW} records stops one person's copies sitting together)
 * and numbered in output order. Output depends only on the arguments: the same seed gives byte-identical CSV.
 *
 * <p>CSV columns: {@link SyntheticRecord#COLUMNS}. {@code truth_id} is the person; it must never be given to the
 * linkage engine as a matching field.
 */
public final class SyntheticPopulation {

    static final int SHUFFLE_WINDOW = 1 << 15;

    private SyntheticPopulation() {
    }

    /** Writes the records of {@code people} people to a CSV file (header included). */
    public static void write(int people, long seed, Path out) throws IOException {
        write(records(people, seed), out);
    }

    /** Writes exactly {@code records} records (people are added until there are enough) to a CSV file. */
    public static void writeRecords(long records, long seed, Path out) throws IOException {
        write(recordsCapped(records, seed), out);
    }

    /** Writes records to a stream as UTF-8 CSV, header first; returns how many records were written. */
    public static long write(Iterator<SyntheticRecord> records, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        long count = 0;
        StringBuilder line = new StringBuilder(256);
        writer.write(String.join(",", SyntheticRecord.COLUMNS));
        writer.write('\n');
        while (records.hasNext()) {
            line.setLength(0);
            records.next().appendCsv(line);
            writer.append(line);
            count++;
        }
        writer.flush();
        return count;
    }

    private static long write(Iterator<SyntheticRecord> records, Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            return write(records, os);
        }
    }

    /** The records of exactly {@code people} people, streamed. */
    public static Iterator<SyntheticRecord> records(int people, long seed) {
        if (people < 0) {
            throw new IllegalArgumentException("people must not be negative");
        }
        return new RecordIterator(seed, people, Long.MAX_VALUE);
    }

    /** Exactly {@code records} records (the last person may have fewer copies than drawn), streamed. */
    public static Iterator<SyntheticRecord> recordsCapped(long records, long seed) {
        if (records < 0) {
            throw new IllegalArgumentException("records must not be negative");
        }
        return new RecordIterator(seed, Long.MAX_VALUE, records);
    }

    /** {@link #records(int, long)} as a sequential stream. */
    public static Stream<SyntheticRecord> stream(int people, long seed) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records(people, seed),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The people themselves (the truth, before agency errors), household by household. */
    static Iterator<Person> people(long seed, long people) {
        return new PersonIterator(seed, people);
    }

    /** Generates households in order; household h uses its own random stream derived from the seed and h. */
    private static final class PersonIterator implements Iterator<Person> {
        private final long seed;
        private final long limit;
        private final Households households;
        private final ArrayDeque<Person> pending = new ArrayDeque<>();
        private long household;
        private long issued;
        private long produced;

        PersonIterator(long seed, long limit) {
            this.seed = seed;
            this.limit = limit;
            this.households = new Households(seed);
        }

        @Override
        public boolean hasNext() {
            return produced < limit;
        }

        @Override
        public Person next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (pending.isEmpty()) {
                List<Person> members = households.household(random(seed, household++), issued);
                issued += members.size();
                pending.addAll(members);
            }
            produced++;
            return pending.poll();
        }
    }

    static SplittableRandom random(long seed, long stream) {
        return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + stream));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }

    /** Copies people into agency records, shuffles them in a bounded window and numbers them in output order. */
    private static final class RecordIterator implements Iterator<SyntheticRecord> {
        private final PersonIterator people;
        private final long seed;
        private final long recordLimit;
        private final AgencyCopies copies = new AgencyCopies();
        private final SplittableRandom shuffle;
        private final List<SyntheticRecord> window = new ArrayList<>(SHUFFLE_WINDOW);
        private final ArrayDeque<SyntheticRecord> incoming = new ArrayDeque<>();
        private long drawn;
        private long emitted;
        private final int idWidth;

        RecordIterator(long seed, long peopleLimit, long recordLimit) {
            this.people = new PersonIterator(seed, peopleLimit);
            this.seed = seed;
            this.recordLimit = recordLimit;
            this.shuffle = new SplittableRandom(mix(seed ^ 0x5EED5EEDL));
            this.idWidth = recordLimit < Long.MAX_VALUE ? Math.max(7, Long.toString(recordLimit).length())
                    : Math.max(7, Long.toString(Math.min(peopleLimit, Integer.MAX_VALUE) * 3L).length());
        }

        private boolean fill() {
            while (incoming.isEmpty() && drawn < recordLimit && people.hasNext()) {
                Person p = people.next();
                for (SyntheticRecord r : copies.copies(p, random(seed ^ 0xC0B1E5L, p.index()))) {
                    if (drawn < recordLimit) {
                        incoming.add(r);
                        drawn++;
                    }
                }
            }
            return !incoming.isEmpty();
        }

        @Override
        public boolean hasNext() {
            while (window.size() < SHUFFLE_WINDOW && fill()) {
                window.add(incoming.poll());
            }
            return !window.isEmpty();
        }

        @Override
        public SyntheticRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int i = shuffle.nextInt(window.size());
            SyntheticRecord chosen = window.get(i);
            int last = window.size() - 1;
            window.set(i, window.get(last));
            window.remove(last);
            emitted++;
            return chosen.withRecordId("R" + IdentifierSource.pad(emitted, idWidth));
        }
    }
}
