-- pg_trgm declares its similarity functions as cheap as an equality (cost 1), so on a name table of a few thousand
-- rows the planner chose to compare every name with the one searched for (15 ms a name-only search, the cost of
-- resolving an intelligence mention that gives an age) over reading the trigram index (under 1 ms). A trigram
-- comparison builds and sorts the trigrams of both strings; cost 100 (as for other non-trivial C functions) lets the
-- planner prefer the index. Where the migrating user does not own the extension this changes nothing. ADR 0075.
do $$
begin
    alter function similarity(text, text) cost 100;
    alter function similarity_op(text, text) cost 100;
exception when insufficient_privilege then
    raise notice 'pg_trgm similarity cost left as it was: %', sqlerrm;
end
$$;
