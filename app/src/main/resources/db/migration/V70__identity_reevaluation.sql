-- identity: subjects re-evaluated after an import or a retrained model are merged with a stated reason and evidence
ALTER TABLE subject_merge ADD COLUMN reason text;
ALTER TABLE subject_merge ADD COLUMN evidence jsonb;
COMMENT ON COLUMN subject_merge.reason IS 'Why the subjects were merged, in words (for merges made by re-evaluation: the records and weights that join them).';
COMMENT ON COLUMN subject_merge.evidence IS 'For merges made by re-evaluation: the linking pairs (records, match weight, probability) and the model version.';
CREATE INDEX subject_merge_absorbed ON subject_merge (absorbed_id);
