package org.interstice.ingest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.interstice.agency.Agencies;
import org.interstice.agency.Agency;
import org.interstice.agency.Viewer;
import org.interstice.audit.Audit;
import org.interstice.identity.IncomingPerson;
import org.interstice.identity.PersonIntake;
import org.interstice.ingest.ExtractImported;
import org.interstice.ingest.Imports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports, one at a time, on a background thread (or on the caller's thread for the command line and the
 * demo). Rows are validated first; then every accepted row is written and linked in ONE transaction, so a file
 * is imported completely or not at all, and an import interrupted by a crash leaves nothing behind and is simply
 * run again (when the same file is sent again, or at the next start-up).
 */
@Component
class ImportRunner implements Imports {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);
    static final int CHUNK = 1000;

    private final ImportJobs jobs;
    private final MappingProfiles profiles;
    private final Agencies agencies;
    private final PersonIntake intake;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate progressTransaction;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "import-worker");
        t.setDaemon(true);
        return t;
    });
    private final Set<UUID> active = ConcurrentHashMap.newKeySet();
    private final boolean resumeOnStart;

    ImportRunner(ImportJobs jobs, MappingProfiles profiles, Agencies agencies, PersonIntake intake, Audit audit,
                 ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock,
                 @org.springframework.beans.factory.annotation.Value("${interstice.ingest.resume-on-start:true}") boolean resumeOnStart) {
        this.resumeOnStart = resumeOnStart;
        this.jobs = jobs;
        this.profiles = profiles;
        this.agencies = agencies;
        this.intake = intake;
        this.audit = audit;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.progressTransaction = new TransactionTemplate(transactions);
        this.progressTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Resolved(UUID id, boolean repeat, String refusal, boolean needsRun) {
    }

    private Resolved resolve(Viewer viewer, Submission s) {
        String code = s.agencyCode() == null ? "" : s.agencyCode().trim();
        Optional<Agency> agency = plain(code, 50) ? agencies.byCode(code) : Optional.empty();
        if (agency.isEmpty()) {
            return new Resolved(null, false, "There is no agency with the code '" + FieldText.shown(code) + "'.", false);
        }
        if (!viewer.partnershipWide() && !agency.get().id().equals(viewer.agencyId())) {
            return new Resolved(null, false, "You can only import extracts for your own agency.", false);
        }
        if (s.content() == null || s.content().length == 0) {
            return new Resolved(null, false, "The file is empty.", false);
        }
        String profile = s.profileName() == null ? "" : s.profileName().trim();
        if (!profile.isEmpty() && (!plain(profile, 200) || profiles.byName(agency.get().id(), profile).isEmpty())) {
            return new Resolved(null, false, "The agency has no column-mapping profile called '"
                    + FieldText.shown(profile) + "'.", false);
        }
        String hash = sha256(s.content());
        Optional<UUID> existing = jobs.existing(agency.get().id(), hash, profile, s.acceptValidRows());
        if (existing.isPresent()) {
            UUID id = existing.get();
            String status = jobs.status(id).map(Status::status).orElse("DONE");
            boolean orphaned = "RUNNING".equals(status) && !active.contains(id);
            if (orphaned || "FAILED".equals(status)) {
                jobs.restart(id, clock.instant());
                return new Resolved(id, true, null, true);
            }
            return new Resolved(id, true, null, false);
        }
        String fileName = fileName(s.fileName());
        ExtractReader.Format format = ExtractReader.detect(fileName, s.content());
        UUID id = jobs.create(agency.get().id(), fileName, hash, format.name(), profile, s.acceptValidRows(), s.content(),
                viewer.username(), clock.instant());
        return new Resolved(id, false, null, true);
    }

    /** Text a person typed that may go into a query: one line, no control characters, not too long. */
    private static boolean plain(String s, int max) {
        return s.length() <= max && FieldText.firstForbidden(s) < 0 && !FieldText.hasLineBreak(s);
    }

    /** The file's name as sent, made safe to store and show: control characters marked, at most 200 characters. */
    static String fileName(String sent) {
        String name = sent == null ? "" : FieldText.trim(sent);
        if (name.isEmpty()) {
            return "extract";
        }
        String shown = FieldText.escape(name);
        return shown.length() <= 200 ? shown : shown.substring(0, Character.isHighSurrogate(shown.charAt(199)) ? 199 : 200);
    }

    @Override
    public Submitted submit(Viewer viewer, Submission submission) {
        Resolved r = resolve(viewer, submission);
        if (r.refusal() != null) {
            return new Submitted(null, false, r.refusal());
        }
        if (r.needsRun()) {
            active.add(r.id());
            worker.submit(() -> execute(r.id(), viewer, status -> { }));
        }
        return new Submitted(r.id(), r.repeat(), null);
    }

    @Override
    public Status run(Viewer viewer, Submission submission, Consumer<Status> progress) {
        Resolved r = resolve(viewer, submission);
        if (r.refusal() != null) {
            throw new IllegalArgumentException(r.refusal());
        }
        if (r.needsRun()) {
            active.add(r.id());
            execute(r.id(), viewer, progress);
        }
        return jobs.status(r.id()).orElseThrow();
    }

    /** Waits until every import queued so far has finished (for tests and orderly shutdown). */
    void awaitIdle() {
        try {
            worker.submit(() -> { }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<Status> status(UUID id) {
        return jobs.status(id);
    }

    @Override
    public List<Status> history(Viewer viewer, int limit) {
        return jobs.history(viewer.partnershipWide() ? null : viewer.agencyId(), limit);
    }

    /** Imports that a stopped application left RUNNING are run again when it starts. */
    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        if (!resumeOnStart) {
            return;
        }
        for (UUID id : jobs.unfinished()) {
            if (active.contains(id)) {
                continue;
            }
            jobs.job(id).ifPresent(job -> {
                log.info("Resuming import {} of {} left unfinished", id, job.fileName());
                Viewer system = new Viewer(null, "system:import-resume", "Import resumed at start-up", job.agencyId(),
                        job.agencyCode(), null, null, false);
                jobs.restart(id, clock.instant());
                active.add(id);
                worker.submit(() -> execute(id, system, status -> { }));
            });
        }
    }

    private void execute(UUID id, Viewer viewer, Consumer<Status> progress) {
        try {
            importFile(id, viewer, progress);
        } catch (Throwable e) {
            // whatever went wrong (a checked exception thrown sneakily, an Error), the import's transaction has rolled
            // back and the job must not stay RUNNING; the technical detail stays in the log: a database or Java
            // message never reaches the person or client
            log.error("Import {} stopped by an unexpected error", id, e);
            try {
                jobs.failed(id, "The import stopped because of a problem in the service, so nothing from this file was "
                        + "imported and earlier imports are unchanged. The problem has been logged under the import's id "
                        + id + ". Send the same file again later (nothing is recorded twice), or ask your system "
                        + "administrator.", clock.instant());
            } catch (RuntimeException unrecorded) {
                log.error("Import {} could not be marked failed; it is run again when the same file is sent", id, unrecorded);
            }
            if (e instanceof VirtualMachineError fatal) {
                throw fatal;
            }
        } finally {
            active.remove(id);
        }
    }

    private void importFile(UUID id, Viewer viewer, Consumer<Status> progress) {
        ImportJobs.Job job = jobs.job(id).orElseThrow();
        jobs.phase(id, "VALIDATING", 0, 0);
        ColumnProfile profile = job.profileName().isEmpty() ? ColumnProfile.CANONICAL
                : profiles.byName(job.agencyId(), job.profileName()).orElse(null);
        if (profile == null) {
            jobs.failed(id, "Nothing was imported: the column-mapping profile '" + job.profileName()
                    + "' no longer exists.", clock.instant());
            return;
        }
        RowValidator validator = new RowValidator(job.agencyId(), job.agencyCode().toLowerCase(Locale.ROOT) + " extract",
                LocalDate.now(clock));
        ExtractCheck.Outcome checked = ExtractCheck.check(ExtractReader.Format.valueOf(job.format()), job.content(),
                profile, validator);
        List<IncomingPerson> persons = checked.persons();
        List<Integer> rowNumbers = checked.rowNumbers();
        int rows = checked.rows();
        jobs.replaceErrors(id, checked.errors());
        jobs.phase(id, "VALIDATED", rows, checked.rejected());
        if (checked.fileProblem() != null) {
            jobs.failed(id, checked.fileProblem(), clock.instant());
            return;
        }
        if (checked.rejected() > 0 && !job.acceptValidRows()) {
            jobs.failed(id, checked.rejected() + " of " + rows + " rows have errors, so nothing was imported. "
                    + "Correct them, or import the file again choosing to accept the valid rows.", clock.instant());
            return;
        }
        jobs.phase(id, "LINKING", rows, checked.rejected());
        progress.accept(jobs.status(id).orElseThrow());
        transaction.executeWithoutResult(tx -> {
            // a model retrained for these records is activated in this transaction: it commits with them or not at all
            intake.prepare(viewer, persons);
            jobs.clearRows(id);
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            List<UUID> imported = new ArrayList<>(persons.size());
            List<UUID> arrived = new ArrayList<>();
            for (int from = 0; from < persons.size(); from += CHUNK) {
                int to = Math.min(from + CHUNK, persons.size());
                List<PersonIntake.Outcome> outcomes = intake.accept(viewer, persons.subList(from, to));
                List<int[]> numbers = new ArrayList<>();
                List<String> sources = new ArrayList<>();
                List<UUID> records = new ArrayList<>();
                for (int i = 0; i < outcomes.size(); i++) {
                    PersonIntake.Outcome o = outcomes.get(i);
                    numbers.add(new int[] {rowNumbers.get(from + i)});
                    sources.add(o.sourceId());
                    records.add(o.recordId());
                    switch (o.change()) {
                        case CREATED -> created++;
                        case UPDATED -> updated++;
                        default -> unchanged++;
                    }
                    imported.add(o.recordId());
                    if (o.change() == PersonIntake.Change.CREATED) {
                        arrived.add(o.recordId());
                    }
                }
                jobs.rows(id, numbers, sources, records);
                int processed = to;
                progressTransaction.executeWithoutResult(p -> jobs.progress(id, processed));
                progress.accept(jobs.status(id).orElseThrow());
            }
            // the import is done only when its subjects are final: the subjects are re-evaluated with every record in
            // (bridging records merge subjects, records waiting for review join the subject they now belong to)
            intake.settle(viewer, "after import of " + job.fileName() + " (" + job.agencyCode() + ")", arrived);
            int review = imported.size() - intake.subjectsOf(imported).size();
            jobs.done(id, rows, persons.size(), checked.rejected(), created, updated, unchanged, review, clock.instant());
            audit.change(viewer, "EXTRACT_IMPORTED", "import_job", id);
            events.publishEvent(new ExtractImported(id, job.agencyId()));
        });
        log.info("Imported {} ({} rows) for {}", job.fileName(), rows, job.agencyCode());
    }
}
