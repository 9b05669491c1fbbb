package org.interstice;

import org.interstice.agency.Role;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.audit.AuditEntry;
import org.interstice.audit.AuditTrail;
import org.interstice.audit.ChainVerification;
import org.interstice.audit.internal.AuditVerificationCommand;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AuditChainTest {

    @Autowired
    Audit audit;
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AuditVerificationCommand command;

    private final Viewer viewer = new Viewer(UUID.randomUUID(), "audit.tester", "Audit Tester", UUID.randomUUID(),
            "NBC-CSC", null, Role.PRACTITIONER, false);

    private AuditEntry latest(String resourceId) {
        return trail.recent("subject", resourceId, null, 1).get(0);
    }

    @Test
    void aReadIsOneLineAndLandsInTheChain() {
        String subject = UUID.randomUUID().toString();
        audit.read(viewer, "subject", subject);
        AuditEntry entry = latest(subject);
        assertThat(entry.action()).isEqualTo("READ");
        assertThat(entry.username()).isEqualTo("audit.tester");
        assertThat(entry.agencyCode()).isEqualTo("NBC-CSC");
        assertThat(entry.role()).isEqualTo("PRACTITIONER");
        assertThat(entry.hash()).hasSize(64).isNotEqualTo(entry.previousHash());
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void anEntryJoinsTheCallersTransactionAndVanishesWithItsRollback() {
        String subject = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            audit.change(viewer, "CREATE_REFERRAL", "subject", subject);
            status.setRollbackOnly();
        });
        assertThat(trail.recent("subject", subject, null, 1)).isEmpty();
        assertThat(trail.verify().valid()).isTrue();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnEntry() {
        String subject = UUID.randomUUID().toString();
        audit.read(viewer, "subject", subject);
        long id = latest(subject).id();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set outcome = 'X' where id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void alteringAnEntryBreaksVerificationWhichNamesTheEntry() {
        String subject = UUID.randomUUID().toString();
        audit.change(viewer, "RECORD_DECISION", "subject", subject);
        audit.read(viewer, "subject", UUID.randomUUID());
        long id = latest(subject).id();
        // A superuser bypasses the trigger: exactly the tampering the hash chain exists to reveal.
        tamper("update audit_entry set outcome = 'REFUSED' where id = " + id);
        try {
            ChainVerification result = trail.verify();
            assertThat(result.valid()).isFalse();
            assertThat(result.firstBrokenEntry()).isEqualTo(id);
            assertThat(result.problem()).contains("Entry " + id);

            command.run(new DefaultApplicationArguments("--verify-audit"));
            assertThat(command.getExitCode()).isEqualTo(1);
        } finally {
            tamper("update audit_entry set outcome = 'SUCCESS' where id = " + id);
        }
        assertThat(trail.verify().valid()).isTrue();
        command.run(new DefaultApplicationArguments("--verify-audit"));
        assertThat(command.getExitCode()).isZero();
    }

    @Test
    void concurrentWritersCannotForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int n = i;
                writes.add(pool.submit(() -> audit.read(viewer, "subject", "concurrent-" + n)));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(trail.verify().valid()).isTrue();
        assertThat(jdbc.sql("select count(distinct previous_hash) = count(*) from audit_entry").query(Boolean.class).single())
                .as("no two entries share a predecessor").isTrue();
    }

    private void tamper(String sql) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update_or_delete").update();
            jdbc.sql(sql).update();
            jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update_or_delete").update();
        });
    }
}
