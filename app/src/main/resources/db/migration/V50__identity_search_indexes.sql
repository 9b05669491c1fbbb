-- Person search reads phonetic keys within a date-of-birth window from one index range each (family name, given
-- name), without the heap; these replace the key-only phonetic indexes (name-only search still uses the leading key).
CREATE INDEX person_name_family_dob ON person_name (dm_family, dob) INCLUDE (dm_given, full_name, record_id);
CREATE INDEX person_name_given_dob ON person_name (dm_given, dob) INCLUDE (dm_family, full_name, record_id);
DROP INDEX person_name_phonetic;
DROP INDEX person_name_phonetic_given;
