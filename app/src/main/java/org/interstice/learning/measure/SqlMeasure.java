package org.interstice.learning.measure;

import org.interstice.learning.Grain;
import org.interstice.learning.Measure;
import org.interstice.learning.Tally;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A measure that is one read-only query. The query gets the named parameters {@code :grain} ({@code 'month'} or
 * {@code 'week'}), {@code :from} and {@code :to} (dates; {@code :to} excluded) and {@code :zone} (the partnership's
 * time zone, for turning instants into dates), and answers one row per period that has items, with the columns
 * {@code period_start} (date: the period's first day, {@code date_trunc(:grain, ...)}), {@code value} and {@code n}.
 * Why these queries read other modules' tables: ADR 0071.
 */
public abstract class SqlMeasure implements Measure {

    private final JdbcClient jdbc;
    private final Clock clock;

    protected SqlMeasure(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The query; see the class comment for its parameters and columns. */
    protected abstract String sql();

    @Override
    public List<Tally> tally(Grain grain, LocalDate from, LocalDate to) {
        return jdbc.sql(sql())
                .param("grain", grain.sqlUnit())
                .param("from", from)
                .param("to", to)
                .param("zone", clock.getZone().getId())
                .param("now", java.time.OffsetDateTime.now(clock))
                .query((rs, i) -> new Tally(rs.getObject("period_start", LocalDate.class), rs.getDouble("value"), rs.getInt("n")))
                .list()
                .stream().filter(t -> t.n() > 0).toList();
    }
}
