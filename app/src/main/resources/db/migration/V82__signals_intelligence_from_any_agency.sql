-- An intelligence report naming a child at risk becomes a signal from the reporting agency. Reports come from every
-- agency (schools, health, voluntary services), not only the police, so such a signal from another agency has a kind
-- of its own rather than "police intelligence".
INSERT INTO signal_kind (code, label, category, risk_weight, exploitation, sensitive, sort_order) VALUES
 ('AGENCY_INTELLIGENCE', 'Intelligence report naming the child at risk', 'EXPLOITATION', 2, true, false, 45);
