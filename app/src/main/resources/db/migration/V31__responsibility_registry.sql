-- Who does what: the responsible agency and role for each process step (module handoff).

CREATE TABLE responsibility (
    step_code      text PRIMARY KEY,
    step_label     text NOT NULL,
    position       integer NOT NULL,
    agency_kind    text NOT NULL CHECK (agency_kind IN ('CHILDRENS_SOCIAL_CARE', 'POLICE', 'HEALTH', 'EDUCATION',
                       'YOUTH_JUSTICE', 'VOLUNTARY', 'LICENSING')),
    agency_id      uuid REFERENCES agency (id),
    role           text NOT NULL,
    team_id        uuid REFERENCES team (id),
    owner_user_id  uuid REFERENCES app_user (id),
    version        bigint NOT NULL DEFAULT 0,
    updated_at     timestamptz,
    updated_by     uuid REFERENCES app_user (id)
);
COMMENT ON TABLE responsibility IS
    'The responsibility registry: for each process step, the responsible kind of agency (and, once configured, the '
    'agency, team and named person) and role. Local configuration, edited by a partnership lead and audited.';

CREATE TABLE responsibility_history (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    step_code      text NOT NULL REFERENCES responsibility (step_code),
    changed_at     timestamptz NOT NULL,
    changed_by     uuid REFERENCES app_user (id),
    agency_id      uuid,
    role           text NOT NULL,
    team_id        uuid,
    owner_user_id  uuid
);
COMMENT ON TABLE responsibility_history IS 'Every change to the responsibility registry, newest last: who moved a responsibility and when.';

INSERT INTO responsibility (step_code, step_label, position, agency_kind, role) VALUES
    ('exploitation-screening-completed', 'Exploitation screening tool completed', 10, 'CHILDRENS_SOCIAL_CARE', 'MASH_OFFICER'),
    ('strategy-discussion-convened', 'Strategy discussion convened', 20, 'CHILDRENS_SOCIAL_CARE', 'TEAM_MANAGER'),
    ('section-47-enquiry-started', 'Section 47 enquiry started', 30, 'CHILDRENS_SOCIAL_CARE', 'TEAM_MANAGER'),
    ('initial-child-protection-conference-held', 'Initial child protection conference held', 40, 'CHILDRENS_SOCIAL_CARE', 'TEAM_MANAGER'),
    ('lead-professional-named', 'Lead professional named', 50, 'CHILDRENS_SOCIAL_CARE', 'TEAM_MANAGER'),
    ('return-home-interview-held', 'Return-home interview held after a missing episode', 60, 'CHILDRENS_SOCIAL_CARE', 'PRACTITIONER'),
    ('abduction-warning-notice-served', 'Child abduction warning notice served', 70, 'POLICE', 'POLICE_INVESTIGATOR'),
    ('suspect-pursuit-action-recorded', 'Pursuit action recorded against a named suspect', 80, 'POLICE', 'POLICE_INVESTIGATOR'),
    ('disruption-plan-agreed', 'Disruption plan agreed for a location of concern', 90, 'POLICE', 'POLICE_INVESTIGATOR'),
    ('mace-referral-made', 'Referral to the exploitation panel (MACE) made', 100, 'CHILDRENS_SOCIAL_CARE', 'TEAM_MANAGER');
