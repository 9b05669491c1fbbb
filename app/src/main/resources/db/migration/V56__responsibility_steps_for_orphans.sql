-- Registry steps that say who should take open work nobody owns (module handoff, shown on the orphans page).

INSERT INTO responsibility (step_code, step_label, position, agency_kind, role) VALUES
    ('referral-decision-made', 'Decision made on a contact or referral (MASH)', 5, 'CHILDRENS_SOCIAL_CARE', 'TEAM_MANAGER'),
    ('protection-alarm-reviewed', '"Known but not protected" alarm reviewed and acted on', 15, 'CHILDRENS_SOCIAL_CARE', 'TEAM_MANAGER'),
    ('plan-actions-allocated', 'Actions of a child''s plan allocated to people', 45, 'CHILDRENS_SOCIAL_CARE', 'TEAM_MANAGER')
ON CONFLICT (step_code) DO NOTHING;
