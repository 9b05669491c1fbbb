package org.interstice.intelligence.internal;

import org.interstice.intelligence.*;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.interstice.intelligence.EntityType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** POLE entities: validates references and finds or creates the one entity a normalised identifier stands for. */
@Component
public class PoleEntities {

    private final JdbcClient jdbc;

    PoleEntities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Why a reference cannot be used, if it cannot. */
    public Optional<String> problem(EntityRef ref) {
        if (ref == null) return Optional.of("An entity is missing");
        if (ref.entityId() != null) {
            boolean exists = jdbc.sql("select count(*) from pole_entity where id = ?").param(ref.entityId()).query(Long.class).single() > 0;
            return exists ? Optional.empty() : Optional.of("No entity with id " + ref.entityId());
        }
        if (ref.type() == null) return Optional.of("Choose the type of entity");
        String v = ref.value() == null ? "" : ref.value().trim();
        return switch (ref.type()) {
            case PERSON -> v.isEmpty() && ref.subjectId() == null ? Optional.of("Enter the person's name")
                    : ref.estimatedAge() != null && (ref.estimatedAge() < 0 || ref.estimatedAge() > 120)
                    ? Optional.of("Enter an estimated age between 0 and 120")
                    : ref.dateOfBirth() != null && ref.dateOfBirth().getYear() < 1900 ? Optional.of("Enter a real date of birth")
                    : Optional.empty();
            case VEHICLE -> Identifiers.registration(v).isEmpty() ? Optional.of("Enter a vehicle registration, like AB12 CDE") : Optional.empty();
            case PHONE -> Identifiers.phone(v).isEmpty() ? Optional.of("Enter a phone number, like 07700 900123") : Optional.empty();
            case TAXI_LICENCE -> Identifiers.licence(ref.qualifier(), v).isEmpty()
                    ? Optional.of("Enter the licence number and the licensing authority") : Optional.empty();
            case ONLINE_ACCOUNT -> Identifiers.account(ref.qualifier(), v).isEmpty()
                    ? Optional.of("Enter the account name and the platform") : Optional.empty();
            case ADDRESS, PREMISES -> v.isEmpty() ? Optional.of("Enter the " + (ref.type() == EntityType.ADDRESS ? "address" : "name of the premises"))
                    : ref.qualifier() != null && !ref.qualifier().isBlank() && Identifiers.postcode(ref.qualifier()).isEmpty()
                    ? Optional.of("Enter a real postcode, like NB1 2AB") : Optional.empty();
            case EVENT -> v.isEmpty() ? Optional.of("Describe the event") : Optional.empty();
        };
    }

    /** The entity a (valid) reference stands for, created if new. */
    public UUID resolve(EntityRef ref, Instant now) {
        if (ref.entityId() != null) return ref.entityId();
        String v = ref.value() == null ? "" : ref.value().trim();
        if (ref.type() == EntityType.PERSON) {
            if (ref.subjectId() != null) {
                Optional<UUID> known = jdbc.sql("select id from pole_entity where subject_id = ?").param(ref.subjectId()).query(UUID.class).optional();
                if (known.isPresent()) return known.get();
            }
            return insert(ref.type(), null, v.isEmpty() ? "Unnamed person" : v, ref.subjectId(), null, null, now);
        }
        String key = switch (ref.type()) {
            case VEHICLE -> Identifiers.registration(v).orElseThrow();
            case PHONE -> Identifiers.phone(v).orElseThrow();
            case TAXI_LICENCE -> Identifiers.licence(ref.qualifier(), v).orElseThrow();
            case ONLINE_ACCOUNT -> Identifiers.account(ref.qualifier(), v).orElseThrow();
            case ADDRESS, PREMISES -> Identifiers.place(v, ref.qualifier()).orElseThrow();
            default -> null;
        };
        if (key != null) {
            Optional<UUID> known = jdbc.sql("select id from pole_entity where entity_type = ? and natural_key = ?")
                    .param(ref.type().name()).param(key).query(UUID.class).optional();
            if (known.isPresent()) return known.get();
        }
        String label = switch (ref.type()) {
            case VEHICLE -> key + (blank(ref.detail()) ? "" : " (" + ref.detail().trim() + ")");
            case PHONE -> key;
            case TAXI_LICENCE -> v.toUpperCase() + " (" + ref.qualifier().trim() + ")";
            case ONLINE_ACCOUNT -> v + " on " + ref.qualifier().trim();
            case ADDRESS, PREMISES -> v + (blank(ref.qualifier()) ? "" : ", " + Identifiers.postcode(ref.qualifier()).orElse(ref.qualifier().trim()));
            default -> v;
        };
        return insert(ref.type(), key, label, null, ref.type() == EntityType.TAXI_LICENCE ? ref.qualifier().trim() : null,
                ref.type() == EntityType.PREMISES ? ref.detail() : null, now, ref.occurredOn());
    }

    /** A new person, unidentified or tied to an identity subject (the subject's existing person when another transaction created it first). */
    public UUID newPerson(String label, UUID subjectId, Instant now) {
        return insert(EntityType.PERSON, null, label == null || label.isBlank() ? "Unnamed person" : label.strip(), subjectId, null, null, now);
    }

    /** The person standing for an identity subject, if there is one. */
    public Optional<UUID> personForSubject(UUID subjectId) {
        return jdbc.sql("select id from pole_entity where subject_id = ?").param(subjectId).query(UUID.class).optional();
    }

    private UUID insert(EntityType type, String key, String label, UUID subjectId, String authority, String premisesKind, Instant now) {
        return insert(type, key, label, subjectId, authority, premisesKind, now, null);
    }

    private UUID insert(EntityType type, String key, String label, UUID subjectId, String authority, String premisesKind,
                        Instant now, java.time.LocalDate occurredOn) {
        UUID id = UUID.randomUUID();
        int rows = jdbc.sql("""
                        insert into pole_entity (id, kind, entity_type, natural_key, label, subject_id, licensing_authority,
                                                 premises_kind, occurred_on, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(id, type.kind().name(), type.name(), key, label, subjectId, authority, premisesKind, occurredOn,
                        java.sql.Timestamp.from(now))
                .update();
        if (rows == 1) return id;
        // another transaction created it first
        return subjectId != null
                ? jdbc.sql("select id from pole_entity where subject_id = ?").param(subjectId).query(UUID.class).single()
                : jdbc.sql("select id from pole_entity where entity_type = ? and natural_key = ?").param(type.name()).param(key).query(UUID.class).single();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
