package org.interstice.intelligence;

import java.time.LocalDate;
import java.util.UUID;
import org.interstice.intelligence.EntityType;

/**
 * How a report refers to a POLE entity: an existing entity by id, a person by identity subject or by name, or an
 * object or place by its identifying value. {@code qualifier} is the licensing authority (licences), the platform
 * (accounts) or the postcode (addresses and premises); {@code detail} is a description (vehicle make and colour,
 * kind of premises, a person's appearance as described). A person may come with a date of birth or an estimated age.
 */
public record EntityRef(EntityType type, UUID entityId, UUID subjectId, String value, String qualifier,
                        String detail, LocalDate occurredOn, LocalDate dateOfBirth, Integer estimatedAge) {

    public EntityRef(EntityType type, UUID entityId, UUID subjectId, String value, String qualifier, String detail, LocalDate occurredOn) {
        this(type, entityId, subjectId, value, qualifier, detail, occurredOn, null, null);
    }

    public static EntityRef existing(UUID entityId) {
        return new EntityRef(null, entityId, null, null, null, null, null);
    }

    public static EntityRef person(String name, UUID subjectId) {
        return new EntityRef(EntityType.PERSON, null, subjectId, name, null, null, null);
    }

    /** A person as a report describes them: name or nickname, date of birth or estimated age, appearance. */
    public static EntityRef person(String name, UUID subjectId, LocalDate dateOfBirth, Integer estimatedAge, String description) {
        return new EntityRef(EntityType.PERSON, null, subjectId, name, null, description, null, dateOfBirth, estimatedAge);
    }

    public static EntityRef vehicle(String registration, String description) {
        return new EntityRef(EntityType.VEHICLE, null, null, registration, null, description, null);
    }

    public static EntityRef phone(String number) {
        return new EntityRef(EntityType.PHONE, null, null, number, null, null, null);
    }

    public static EntityRef licence(String number, String authority) {
        return new EntityRef(EntityType.TAXI_LICENCE, null, null, number, authority, null, null);
    }

    public static EntityRef account(String handle, String platform) {
        return new EntityRef(EntityType.ONLINE_ACCOUNT, null, null, handle, platform, null, null);
    }

    public static EntityRef address(String line, String postcode) {
        return new EntityRef(EntityType.ADDRESS, null, null, line, postcode, null, null);
    }

    public static EntityRef premises(String name, String postcode, String kind) {
        return new EntityRef(EntityType.PREMISES, null, null, name, postcode, kind, null);
    }

    public static EntityRef event(String description, LocalDate on) {
        return new EntityRef(EntityType.EVENT, null, null, description, null, null, on);
    }
}
