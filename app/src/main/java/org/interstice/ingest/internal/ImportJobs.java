package org.interstice.ingest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interstice.ingest.Imports.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The import_job table and its errors and row map. */
@Component
public class ImportJobs {

    /** What a run needs about a job. */
    record Job(UUID id, UUID agencyId, String agencyCode, String fileName, String format, String profileName,
               boolean acceptValidRows, String status, byte[] content, String requestedBy) {
    }

    private static final String STATUS_SELECT = """
            select j.id, j.agency_id, a.code, j.file_name, j.status, j.phase, j.rows, j.processed, j.accepted, j.rejected,
              j.created_records, j.updated_records, j.unchanged_records, j.sent_to_review, j.failure, j.started_at,
              j.finished_at, j.requested_by, j.accept_valid_rows, j.profile_name
            from import_job j join agency a on a.id = j.agency_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportJobs(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    static Status status(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp(17);
        return new Status(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
                rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getString(15), rs.getTimestamp(16).toInstant(),
                finished == null ? null : finished.toInstant(), rs.getString(18), rs.getBoolean(19), rs.getString(20));
    }

    public Optional<Status> status(UUID id) {
        return jdbc.sql(STATUS_SELECT + " where j.id = :id").param("id", id).query((rs, n) -> status(rs)).optional();
    }

    /** Newest first; {@code agencyId} null means every agency. */
    public List<Status> history(UUID agencyId, int limit) {
        return jdbc.sql(STATUS_SELECT + " where (cast(:agency as uuid) is null or j.agency_id = :agency) order by j.started_at desc limit :limit")
                .param("agency", agencyId).param("limit", limit).query((rs, n) -> status(rs)).list();
    }

    Optional<UUID> existing(UUID agencyId, String fileHash, String profileName, boolean acceptValidRows) {
        return jdbc.sql("""
                select id from import_job where agency_id = :agency and file_hash = :hash and profile_name = :profile
                  and accept_valid_rows = :accept""")
                .param("agency", agencyId).param("hash", fileHash).param("profile", profileName)
                .param("accept", acceptValidRows).query(UUID.class).optional();
    }

    /** Inserts a new job, or returns the id of the job that already holds the same file (a concurrent repeat). */
    UUID create(UUID agencyId, String fileName, String fileHash, String format, String profileName, boolean acceptValidRows,
                byte[] content, String requestedBy, Instant now) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into import_job (id, agency_id, file_name, file_hash, format, profile_name, accept_valid_rows,
                  status, content, requested_by, started_at)
                values (:id, :agency, :name, :hash, :format, :profile, :accept, 'RUNNING', :content, :by, :at)
                on conflict do nothing""")
                .param("id", id).param("agency", agencyId).param("name", fileName).param("hash", fileHash)
                .param("format", format).param("profile", profileName).param("accept", acceptValidRows)
                .param("content", content).param("by", requestedBy).param("at", Timestamp.from(now)).update();
        return inserted == 1 ? id : existing(agencyId, fileHash, profileName, acceptValidRows).orElseThrow();
    }

    Optional<Job> job(UUID id) {
        return jdbc.sql("""
                select j.id, j.agency_id, a.code, j.file_name, j.format, j.profile_name, j.accept_valid_rows, j.status,
                  j.content, j.requested_by
                from import_job j join agency a on a.id = j.agency_id where j.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Job(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getBoolean(7), rs.getString(8),
                        rs.getBytes(9), rs.getString(10)))
                .optional();
    }

    List<UUID> unfinished() {
        return jdbc.sql("select id from import_job where status = 'RUNNING' order by started_at").query(UUID.class).list();
    }

    void restart(UUID id, Instant now) {
        jdbc.sql("""
                update import_job set status = 'RUNNING', phase = 'QUEUED', processed = 0, failure = null, finished_at = null,
                  started_at = :at where id = :id""")
                .param("id", id).param("at", Timestamp.from(now)).update();
    }

    void phase(UUID id, String phase, int rows, int rejected) {
        jdbc.sql("update import_job set phase = :phase, rows = :rows, rejected = :rejected where id = :id")
                .param("phase", phase).param("rows", rows).param("rejected", rejected).param("id", id).update();
    }

    void progress(UUID id, int processed) {
        jdbc.sql("update import_job set processed = :processed where id = :id")
                .param("processed", processed).param("id", id).update();
    }

    void replaceErrors(UUID id, List<RowError> errors) {
        jdbc.sql("delete from import_error where import_id = :id").param("id", id).update();
        template.batchUpdate("insert into import_error (import_id, row_no, column_name, value, rule) values (?, ?, ?, ?, ?)",
                errors, 1000, (ps, e) -> {
                    ps.setObject(1, id);
                    ps.setInt(2, e.row());
                    ps.setString(3, e.column());
                    ps.setString(4, e.value() == null ? "" : e.value());
                    ps.setString(5, e.rule());
                });
    }

    public List<RowError> errors(UUID id, int limit) {
        return jdbc.sql("""
                select row_no, column_name, value, rule from import_error where import_id = :id
                order by row_no, column_name limit :limit""")
                .param("id", id).param("limit", limit)
                .query((rs, n) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    void failed(UUID id, String failure, Instant now) {
        jdbc.sql("update import_job set status = 'FAILED', phase = 'FINISHED', failure = :failure, finished_at = :at where id = :id")
                .param("failure", failure).param("at", Timestamp.from(now)).param("id", id).update();
    }

    void clearRows(UUID id) {
        jdbc.sql("delete from import_row where import_id = :id").param("id", id).update();
    }

    void rows(UUID id, List<int[]> rowNumbers, List<String> sourceIds, List<UUID> recordIds) {
        if (rowNumbers.isEmpty()) {
            return;
        }
        Integer[] numbers = rowNumbers.stream().map(r -> r[0]).toArray(Integer[]::new);
        template.update(con -> {
            java.sql.PreparedStatement ps = con.prepareStatement("""
                    insert into import_row (import_id, row_no, source_id, record_id)
                    select ?, n, s, r from unnest(?::int[], ?::text[], ?::uuid[]) as t(n, s, r)""");
            ps.setObject(1, id);
            ps.setArray(2, con.createArrayOf("int4", numbers));
            ps.setArray(3, con.createArrayOf("text", sourceIds.toArray()));
            ps.setArray(4, con.createArrayOf("uuid", recordIds.toArray()));
            return ps;
        });
    }

    void done(UUID id, int rows, int accepted, int rejected, int created, int updated, int unchanged, int review, Instant now) {
        jdbc.sql("""
                update import_job set status = 'DONE', phase = 'FINISHED', rows = :rows, processed = :rows, accepted = :accepted,
                  rejected = :rejected, created_records = :created, updated_records = :updated, unchanged_records = :unchanged,
                  sent_to_review = :review, failure = null, finished_at = :at
                where id = :id""")
                .param("rows", rows).param("accepted", accepted).param("rejected", rejected).param("created", created)
                .param("updated", updated).param("unchanged", unchanged).param("review", review)
                .param("at", Timestamp.from(now)).param("id", id).update();
    }

    public record RowLink(String sourceId, UUID recordId) {
    }

    public List<RowLink> rowLinks(UUID id) {
        return jdbc.sql("select source_id, record_id from import_row where import_id = :id order by row_no")
                .param("id", id).query((rs, n) -> new RowLink(rs.getString(1), rs.getObject(2, UUID.class))).list();
    }

    public Optional<byte[]> content(UUID id) {
        return jdbc.sql("select content from import_job where id = :id").param("id", id).query(byte[].class).optional();
    }
}
