#!/usr/bin/env bash
# Benchmark: person search over HTTP (GET /api/v1/subjects?name=...&dob=...) with 1,000,000 agency records.
# Target: p95 <= 100 ms, measured with wrk on loopback. Run from the repository root after
#   mvn -B -q -DskipTests package        (needs: apt-get install -y wrk postgresql-client)
#
# Loading: the 1,000,000 synthetic records are bulk-loaded with SQL (COPY), grouped into subjects by the
# generator's truth id, NOT linked through the import path (that is measured by import-100k.sh). Names get the same
# search keys the import writes (lower-case full name for trigrams; Double Metaphone via PostgreSQL's fuzzystrmatch,
# the same algorithm the application computes with Apache Commons Codec).
# Usage: bench/identity/search-1m.sh [records] [duration] [connections]
set -euo pipefail
RECORDS=${1:-1000000}
DURATION=${2:-60s}
CONNECTIONS=${3:-8}
WORK=${BENCH_DIR:-/tmp/interstice-bench-search}
PORT=${BENCH_PORT:-18080}
TOKEN=bench-api-token
REUSE=${BENCH_REUSE:-0}   # 1: keep the data folder and records of the previous run (skips generating and loading)
if [ "$REUSE" = 1 ] && [ -d "$WORK/data/postgres" ] && [ -s "$WORK/queries.csv" ]; then
  echo "Reusing the records loaded by the previous run in $WORK"
else
  REUSE=0
  rm -rf "$WORK" && mkdir -p "$WORK"
  java -cp linkage/target/interstice-linkage.jar org.interstice.linkage.synth.GenerateCommand \
    --records "$RECORDS" --seed 11 --out "$WORK/raw.csv"
fi

export INTERSTICE_DATA_DIR="$WORK/data" INTERSTICE_DEMO_PASSWORD=bench-password INTERSTICE_DEMO_API_TOKEN=$TOKEN SERVER_PORT=$PORT
java -Xmx2g -jar app/target/interstice.jar > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until grep -q "Started IntersticeApplication" "$WORK/app.log"; do
  kill -0 $APP 2>/dev/null || { echo "The application stopped during start-up:"; tail -30 "$WORK/app.log"; exit 1; }
  sleep 2
done
PGPORT=$(grep -o "embedded PostgreSQL 17 on localhost:[0-9]*" "$WORK/app.log" | head -1 | sed 's/.*://')
PSQL="psql -h localhost -p $PGPORT -U postgres -d postgres -v ON_ERROR_STOP=1 -q"

if [ "$REUSE" = 0 ]; then
echo "Loading $RECORDS records into PostgreSQL on port $PGPORT..."
time $PSQL <<SQL
create extension if not exists fuzzystrmatch;
create temp table raw (record_id text, truth_id text, agency text, given_name text, family_name text, dob text, sex text,
  postcode text, address text, city text, phone text, email text, nhs_number text, upn text, pnc_id text);
\copy raw from '$WORK/raw.csv' csv header
create temp table people as select truth_id, gen_random_uuid() as id from raw group by truth_id;
insert into subject (id, status, created_at) select id, 'ACTIVE', now() from people;
insert into person_record (id, agency_id, source_system, source_id, content_hash, given_name, family_name, dob, sex,
  postcode, address, nhs_number, upn, pnc_id, first_known, subject_id, link_state, created_at, updated_at)
select gen_random_uuid(), a.id, 'bench', r.record_id, md5(r.record_id), nullif(r.given_name, ''), nullif(r.family_name, ''),
  case when r.dob ~ '^\d{4}-\d{2}-\d{2}$' then r.dob::date end,
  case when r.sex in ('M', 'Male') then 'M' when r.sex in ('F', 'Female') then 'F' end,
  nullif(upper(r.postcode), ''), nullif(r.address, ''), nullif(replace(r.nhs_number, ' ', ''), ''), nullif(r.upn, ''),
  nullif(r.pnc_id, ''), current_date, p.id, 'LINKED', now(), now()
from raw r join people p using (truth_id)
join agency a on a.code = case r.agency when 'HEALTH' then 'NBH' when 'POLICE' then 'NSP' when 'EDUCATION' then 'NBC-EDU'
  when 'YOUTH_JUSTICE' then 'NYJS' when 'VOLUNTARY' then 'SAFE' when 'LICENSING' then 'NBC-LIC' else 'NBC-CSC' end
on conflict do nothing;
insert into person_name (record_id, kind, given_name, family_name, full_name, dm_given, dm_family, dob)
select id, 'PRIMARY', given_name, family_name, lower(trim(coalesce(given_name, '') || ' ' || coalesce(family_name, ''))),
  nullif(dmetaphone(split_part(coalesce(given_name, ''), ' ', 1)), ''), nullif(dmetaphone(split_part(coalesce(family_name, ''), ' ', 1)), ''),
  dob
from person_record where source_system = 'bench';
vacuum analyze person_name;
vacuum analyze person_record;
\copy (select given_name || ' ' || family_name, dob from person_record where source_system = 'bench' and given_name is not null and family_name is not null and dob is not null order by md5(source_id) limit 2000) to '$WORK/queries.csv' csv
SQL
fi
$PSQL -c "select count(*) as records from person_record"

cat > "$WORK/search.lua" <<'LUA'
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do
  local name, dob = line:match('^"?([^",]+)"?,(.+)$')
  if name then
    local encoded = name:gsub("[^%w]", function(c) return string.format("%%%02X", string.byte(c)) end)
    queries[#queries + 1] = {encoded, dob}
  end
end
local i = 0
request = function()
  i = i % #queries + 1
  local q = queries[i]
  return wrk.format("GET", "/api/v1/subjects?name=" .. q[1] .. "&dob=" .. q[2], {["Authorization"] = "Bearer " .. os.getenv("TOKEN")})
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d)\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout, summary.errors.status))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
LUA
# With reused records the application builds its in-memory linkage index from them in the background at start;
# wait for it, so that the figures are of a running server, not of one still starting.
until grep -q "Linkage index holds" "$WORK/app.log"; do sleep 2; done
echo "Warming up..."
QUERIES="$WORK/queries.csv" TOKEN=$TOKEN wrk -t2 -c4 -d15s -s "$WORK/search.lua" "http://127.0.0.1:$PORT" > /dev/null
uptime
QUERIES="$WORK/queries.csv" TOKEN=$TOKEN wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/search.lua" "http://127.0.0.1:$PORT" | tee "$WORK/wrk.txt"
uptime
