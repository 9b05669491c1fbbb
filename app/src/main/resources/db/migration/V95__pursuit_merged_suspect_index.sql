-- The alarm sweep reads the actions of each suspect and of the suspects merged into him (issue 12's joins): an index
-- on merged_into makes the second a look-up rather than a scan of every suspect.
create index suspect_merged_into on suspect (merged_into) where merged_into is not null;
