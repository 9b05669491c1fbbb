-- Local policy for `protection`: timescales, thresholds, MASH RAG ratings, risk vocabularies and screening indicators.
-- Defaults come from docs/domain.md; rows marked unverified are local choices, not law.

CREATE TABLE protection_setting (
    key        text    PRIMARY KEY,
    value      integer NOT NULL CHECK (value >= 0),
    unit       text    NOT NULL CHECK (unit IN ('WORKING_DAYS', 'DAYS', 'MONTHS', 'POINTS', 'HOURS')),
    label      text    NOT NULL,
    basis      text    NOT NULL,
    unverified boolean NOT NULL DEFAULT false,
    version    integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE protection_setting IS
    'Numeric local settings of the protection module (statutory and local timescales, screening scores, alarm thresholds). basis says where the default comes from; unverified marks a local choice or a figure not confirmed against the statutory text.';

INSERT INTO protection_setting (key, value, unit, label, basis, unverified) VALUES
 ('clock.referral-decision',     1,  'WORKING_DAYS', 'Referral decision', 'Working Together: decide within 1 working day of receiving a referral', false),
 ('clock.assessment',           45,  'WORKING_DAYS', 'Child and family assessment', 'Working Together: at most 45 working days from the point of referral', false),
 ('clock.strategy-discussion',   1,  'WORKING_DAYS', 'Strategy discussion', 'Local procedure: Working Together sets no national timescale', true),
 ('clock.icpc',                 15,  'WORKING_DAYS', 'Initial child protection conference', 'Working Together: within 15 working days of the last strategy discussion', false),
 ('clock.first-review',          3,  'MONTHS',       'First review conference', 'Within 3 months of the initial conference', false),
 ('clock.later-review',          6,  'MONTHS',       'Later review conferences', 'No more than 6 months apart (England figure not confirmed against Working Together 2023)', true),
 ('clock.visit',                10,  'WORKING_DAYS', 'Visit to a child on a plan', 'Local procedure', true),
 ('screening.rescreen',          3,  'MONTHS',       'Re-screening falls due', 'SERAF: reassess at least every 3 months', false),
 ('screening.recent-window',     6,  'MONTHS',       'Indicator counts as recent within', 'SERAF (Hampshire): current or within the last 6 months', false),
 ('screening.earlier-window',   12,  'MONTHS',       'Indicator counts as earlier within', 'SERAF (Hampshire): 6 to 12 months ago', false),
 ('score.vulnerability',         1,  'POINTS',       'Each vulnerability', 'SERAF (Hampshire)', false),
 ('score.moderate.recent',       1,  'POINTS',       'Each moderate indicator, recent', 'SERAF (Hampshire)', false),
 ('score.moderate.earlier',      0,  'POINTS',       'Each moderate indicator, earlier only', 'SERAF (Hampshire): moderate indicators count only within 6 months', false),
 ('score.significant.recent',    5,  'POINTS',       'Each significant indicator, recent', 'SERAF (Hampshire)', false),
 ('score.significant.earlier',   1,  'POINTS',       'Each significant indicator, earlier', 'SERAF (Hampshire): both recent and earlier scores 6', false),
 ('alarm.risk-rise-window',     30,  'DAYS',         'Risk counts as risen for', 'Issue 4: rose in the last 30 days', true),
 ('alarm.contact-window',       28,  'DAYS',         'Child must have been seen within', 'Local choice', true);

CREATE TABLE mash_rag_rating (
    code             text    PRIMARY KEY CHECK (code IN ('RED', 'AMBER', 'GREEN')),
    label            text    NOT NULL,
    meaning          text    NOT NULL,
    completion_hours integer NOT NULL CHECK (completion_hours > 0),
    sort_order       integer NOT NULL,
    version          integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE mash_rag_rating IS
    'MASH red/amber/green screening ratings and the completion timescale (hours from receipt) each sets. No national standard exists: the defaults are the Merton example and are local policy.';

INSERT INTO mash_rag_rating (code, label, meaning, completion_hours, sort_order) VALUES
 ('RED',   'Red',   'Possible child protection concern', 2, 10),
 ('AMBER', 'Amber', 'Significant concern', 6, 20),
 ('GREEN', 'Green', 'Wellbeing concern below the statutory threshold', 24, 30);

CREATE TABLE risk_vocabulary (
    code   text    PRIMARY KEY,
    name   text    NOT NULL,
    in_use boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX risk_vocabulary_one_in_use ON risk_vocabulary (in_use) WHERE in_use;
COMMENT ON TABLE risk_vocabulary IS
    'Risk-level vocabularies a partnership can choose from; exactly one is in use. Screening results keep the label they were given.';

CREATE TABLE risk_level (
    vocabulary_code text    NOT NULL REFERENCES risk_vocabulary (code),
    rank            integer NOT NULL CHECK (rank >= 1),
    label           text    NOT NULL,
    min_score       integer NOT NULL CHECK (min_score >= 0),
    PRIMARY KEY (vocabulary_code, rank)
);
COMMENT ON TABLE risk_level IS
    'Levels of a risk vocabulary, lowest rank first; a screening score at or above min_score reaches the level. A disclosure always sets the highest rank.';

INSERT INTO risk_vocabulary (code, name, in_use) VALUES
 ('SERAF', 'SERAF categories 1 to 4', true),
 ('EMS',   'No current risk, emerging, moderate, significant', false),
 ('LMH',   'Low, medium, high', false);

INSERT INTO risk_level (vocabulary_code, rank, label, min_score) VALUES
 ('SERAF', 1, 'Category 1: not at risk', 0),
 ('SERAF', 2, 'Category 2: mild', 6),
 ('SERAF', 3, 'Category 3: moderate', 11),
 ('SERAF', 4, 'Category 4: significant', 16),
 ('EMS', 1, 'No current risk', 0),
 ('EMS', 2, 'Emerging', 6),
 ('EMS', 3, 'Moderate', 11),
 ('EMS', 4, 'Significant', 16),
 ('LMH', 1, 'Low', 0),
 ('LMH', 2, 'Medium', 11),
 ('LMH', 3, 'High', 16);

CREATE TABLE exploitation_indicator (
    code          text    PRIMARY KEY,
    tier          text    NOT NULL CHECK (tier IN ('VULNERABILITY', 'MODERATE', 'SIGNIFICANT')),
    label         text    NOT NULL,
    census_factor text,
    active        boolean NOT NULL DEFAULT true,
    sort_order    integer NOT NULL,
    version       integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE exploitation_indicator IS
    'Exploitation screening indicators in three tiers (SERAF style). census_factor links an indicator to the CIN factor identified at assessment it evidences.';

INSERT INTO exploitation_indicator (code, tier, label, census_factor, sort_order) VALUES
 ('V-ABUSE',      'VULNERABILITY', 'History of abuse or neglect', '16A', 10),
 ('V-CARE',       'VULNERABILITY', 'Looked after or leaving care', NULL, 20),
 ('V-DOMESTIC',   'VULNERABILITY', 'Domestic abuse at home', '3B', 30),
 ('V-FAMILY',     'VULNERABILITY', 'Family breakdown or disrupted family life', NULL, 40),
 ('V-LEARNING',   'VULNERABILITY', 'Learning disability', '5A', 50),
 ('V-ISOLATION',  'VULNERABILITY', 'Isolated from family or friends', NULL, 60),
 ('V-PARENT-SUB', 'VULNERABILITY', 'Parental substance misuse', '2B', 70),
 ('M-MISSING',    'MODERATE', 'Going missing or staying out late', '10A', 110),
 ('M-OLDER',      'MODERATE', 'Older boyfriend or girlfriend, or a controlling adult', '11A', 120),
 ('M-GIFTS',      'MODERATE', 'Unexplained money, gifts, clothes or phones', '11A', 130),
 ('M-PHONE',      'MODERATE', 'Multiple callers, or concerning phone or internet use', NULL, 140),
 ('M-SUBSTANCE',  'MODERATE', 'Substance misuse', '2A', 150),
 ('M-SEXUAL',     'MODERATE', 'Sexually transmitted infection, pregnancy or termination', NULL, 160),
 ('M-SCHOOL',     'MODERATE', 'Truancy or exclusion', NULL, 170),
 ('M-SELF-HARM',  'MODERATE', 'Self-harm', '15A', 180),
 ('M-WITHDRAWN',  'MODERATE', 'Disclosure followed by withdrawal', '11A', 190),
 ('M-PEERS',      'MODERATE', 'New peer group, or peers involved in exploitation', '13A', 200),
 ('M-HOTSPOT',    'MODERATE', 'Visiting known hotspots', NULL, 210),
 ('S-UNDER-13',   'SIGNIFICANT', 'A child under 13 subjected to penetrative sex', '19C', 310),
 ('S-VEHICLES',   'SIGNIFICANT', 'Entering or leaving vehicles driven by unknown adults', '11A', 320),
 ('S-EXCHANGE',   'SIGNIFICANT', 'Exchanging sexual activity for money, goods or favours', '11A', 330),
 ('S-RECRUITING', 'SIGNIFICANT', 'Rewarded for introducing peers', '11A', 340),
 ('S-HOTELS',     'SIGNIFICANT', 'Taken to hotels, parties or clubs by adults', '11A', 350),
 ('S-BUSINESS',   'SIGNIFICANT', 'Links to taxi firms or takeaway owners', '11A', 360),
 ('S-TRAFFICKED', 'SIGNIFICANT', 'Moved between places for exploitation (trafficking)', '12A', 370),
 ('S-COUNTY',     'SIGNIFICANT', 'Carrying or dealing drugs for others (criminal exploitation)', '24A', 380);
