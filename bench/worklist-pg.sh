#!/usr/bin/env bash
# The paged lists a site works from, on PostgreSQL with a million patients (3 million visits, a
# million encrypted-identifier rows, 330,000 contact attempts, 2 million audit rows): the worklist page
# with its contact-attempt counts and its total, the site's patient list page, its searches (study ID,
# record number and family-name keyed hashes), the next visits of a page, and a patient's history.
# Builds a scratch database `pragma_bench_lists` from Pragma's own migrations, fills it with
# generate_series, then times the SQL that FollowUpService.worklist and PatientService.of/history run
# (EXPLAIN ANALYZE). Needs a running PostgreSQL with the `pragma` role (see .ci/run).
# Usage: bench/worklist-pg.sh [patients]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
patients=${1:-1000000}
. bench/pg-schema.sh pragma_bench_lists

start=$(date +%s)
db <<SQL
insert into study (id, code, title, created_at, version) values (1, 'BENCH', 'Bench', now(), 0);
insert into site (id, study_id, code, name, status, created_at, version)
  select s, 1, 'S' || s, 'Clinic ' || s, 'ACTIVE', now(), 0 from generate_series(1, 33) s;
insert into protocol_version (id, study_id, sequence_no, version_label, content_hash, source, loaded_at)
  values (1, 1, 1, '1.0', repeat('0', 64), 'bench', now());
insert into screening (id, site_id, screened_on, answers_json, eligible, failed_json, screened_by, created_at, version)
  select p, 1 + p % 33, date '2024-01-01' + (p % 700), '{}', true, '[]', 'bench', now(), 0 from generate_series(1, $patients) p;
insert into patient (id, study_id, site_id, screening_id, sequence_no, study_patient_id, arm, protocol_version_id, enrolled_on,
    consent_model, status, idempotency_key, enrolled_by, created_at, version)
  select p, 1, 1 + p % 33, p, p / 33 + 1, 'BE-S' || (1 + p % 33) || '-' || lpad((p / 33 + 1)::text, 5, '0'),
    (array['usual-care','ice','ipt'])[1 + (p / 33) % 3], 1,
    date '2024-01-01' + (p % 700), 'WRITTEN', case when p % 50 = 0 then 'WITHDRAWN' else 'ENROLLED' end, 'k' || p, 'bench', now(), 0
  from generate_series(1, $patients) p;
-- Identifier rows as the application writes them: ciphertext-sized payload, 64-hex keyed hashes.
insert into patient_identifier (patient_id, site_id, mrn_index, surname_index, key_id, payload)
  select p, 1 + p % 33, md5('mrn' || p) || md5('m' || p), md5('name' || (p % 20000)) || md5('n' || (p % 20000)), 'bench1',
    repeat('x', 300)
  from generate_series(1, $patients) p;
insert into patient_visit (id, patient_id, study_id, site_id, arm, code, name, position, target_on, opens_on, closes_on, remind_on,
    data_state, visit_on, locked, version)
  select 3 * p + v, p, 1, 1 + p % 33, (array['usual-care','ice','ipt'])[1 + (p / 33) % 3], (array['baseline','month-3','month-12'])[v + 1], 'visit', v,
    e + d, e + d - b, e + d + a, e + d - 7,
    case when v = 0 or (p + v) % 4 = 0 then 'COMPLETE' when (p + v) % 9 = 0 then 'INCOMPLETE' else 'NONE' end,
    case when v = 0 then e when (p + v) % 4 = 0 then e + d + ((p % 60) - 20) end, false, 0
  from (select p, date '2024-01-01' + (p % 700) as e from generate_series(1, $patients) p) enrolled,
       lateral (values (0, 0, 0, 7), (1, 91, 14, 28), (2, 365, 30, 60)) as w(v, d, b, a);
insert into contact_attempt (id, visit_id, attempted_on, method, outcome, recorded_by, recorded_at)
  select p, 3 * p + 1, date '2024-04-01' + (p % 700), 'PHONE', 'NO_ANSWER', 'bench', now()
  from generate_series(1, $patients) p where p % 3 = 0;
-- The audit trail: the enrollment of every patient and a data entry at every month-3 visit.
insert into audit_record (seq, recorded_at, username, action, entity, entity_id, field, new_value, study_code, site_code, prev_hash, hash)
  select 2 * p - 1 + k, now(), 'bench', 'CREATE', case k when 0 then 'patient' else 'visit' end,
    case k when 0 then p::text else (3 * p + 1)::text end, 'arm', 'ice', 'BENCH', 'S' || (1 + p % 33), repeat('0', 64), repeat('0', 64)
  from generate_series(1, $patients) p, generate_series(0, 1) k;
SQL
# As autovacuum leaves a live table: statistics and visibility map (for index-only scans) up to date.
for t in study site screening patient patient_identifier patient_visit contact_attempt audit_record; do db -c "vacuum analyze $t"; done
echo "Loaded $patients patients, $((3 * patients)) visits and $((2 * patients)) audit rows in $(( $(date +%s) - start )) s"

timed() { # label, SQL: the execution time of EXPLAIN ANALYZE, first run (cold) and second run (warm)
  local cold warm
  cold=$(db -c "explain (analyze, summary on) $2" | grep -E "Execution Time" | sed 's/.*: //')
  warm=$(db -c "explain (analyze, summary on) $2" | grep -E "Execution Time" | sed 's/.*: //')
  printf '%-70s %12s %12s\n' "$1" "$cold" "$warm"
}
printf '%-70s %12s %12s\n' "Query (EXPLAIN ANALYZE execution time)" "first run" "second run"

worklist_from=" from patient_visit v join patient p on p.id = v.patient_id
  where v.site_id in (\$sites) and v.closes_on >= date '2025-06-01' and v.data_state <> 'COMPLETE'
    and p.status in ('ENROLLED', 'LOST_TO_FOLLOW_UP') and (v.opens_on <= date '2025-06-01' or v.target_on <= date '2025-06-15')"
# What JpaVisits runs: the count and the page's visit ids from the worklist index alone (the patients no
# longer followed at the sites excluded instead of a join with all), then the page's rows by id.
worklist_visible="from patient_visit v
  where v.site_id in (\$sites) and v.closes_on >= date '2025-06-01' and v.data_state <> 'COMPLETE'
    and (v.opens_on <= date '2025-06-01' or v.target_on <= date '2025-06-15')
    and v.patient_id not in (select q.id from patient q where q.site_id in (\$sites) and q.status not in ('ENROLLED', 'LOST_TO_FOLLOW_UP'))"
worklist_ids="select v.id $worklist_visible order by v.target_on, v.patient_id, v.position"
page_rows() { # the rows of a page, by the ids of its visits
  echo "select v.site_id, p.study_patient_id, p.arm, v.code, v.name, v.opens_on, v.target_on, v.closes_on, v.remind_on,
    v.data_state, v.visit_on, p.status, p.status_on, p.unreachable,
    (select count(a.id) from contact_attempt a where a.visit_id = v.id), v.id
  from patient_visit v join patient p on p.id = v.patient_id where v.id in ($(db -c "select string_agg(id::text, ',') from ($1) x"))"
}
all_sites=$(seq -s, 1 33)

echo "--- Worklist (FollowUpService.worklist, 14 days, as of 2025-06-01), per page and total"
rows=$(db -c "select count(*) ${worklist_from//\$sites/7}")
[ "$rows" = "$(db -c "select count(v.target_on) ${worklist_visible//\$sites/7}")" ] || { echo "the count query disagrees with the worklist"; exit 1; }
echo "    (one site: $rows visits on the worklist; all 33 sites: $(db -c "select count(*) ${worklist_from//\$sites/$all_sites}"))"
for scope in "one site:7" "all 33 sites (admin):$all_sites"; do
  label=${scope%%:*}; sites=${scope#*:}
  timed "$label, count" "select count(v.target_on) ${worklist_visible//\$sites/$sites}"
  timed "$label, page 1 of 50: visit ids" "${worklist_ids//\$sites/$sites} limit 50 offset 0"
  timed "$label, page 20 of 50 (offset 950): visit ids" "${worklist_ids//\$sites/$sites} limit 50 offset 950"
  timed "$label, page 1: its 50 rows with contact-attempt counts" "$(page_rows "${worklist_ids//\$sites/$sites} limit 50")"
done

echo "--- A site's patients (PatientService.of; $(db -c "select count(*) from patient where site_id = 7") patients at site S7)"
# What JpaPatients runs: the page's ids from the (site_id, sequence_no, status, study_patient_id, id) index
# alone, then the page's rows by id.
ids_of="select p.id from patient p where p.site_id = 7"
rows_of() { echo "select p.id, p.study_patient_id, p.arm, p.status, p.enrolled_on from patient p
  where p.id in ($(db -c "select coalesce(string_agg(id::text, ','), '0') from ($1) x"))"; }
timed "enrolled count (Patients.countAt)" "select count(p.id) from patient p where p.site_id = 7"
timed "page 1 of 25, by sequence: ids" "$ids_of order by p.sequence_no limit 25 offset 0"
timed "page 1000 of 25 (offset 24975): ids" "$ids_of order by p.sequence_no limit 25 offset 24975"
timed "page 1000 of 25: its 25 rows" "$(rows_of "$ids_of order by p.sequence_no limit 25 offset 24975")"
timed "status WITHDRAWN: count" "select count(p.id) from patient p where p.site_id = 7 and p.status = 'WITHDRAWN'"
timed "status WITHDRAWN: page 1 ids" "$ids_of and p.status = 'WITHDRAWN' order by p.sequence_no limit 25 offset 0"
search=" and (upper(p.study_patient_id) like '%00042%' escape '!'
  or p.id in (select i.patient_id from patient_identifier i where i.site_id = 7 and i.mrn_index = md5('mrn' || 7) || md5('m' || 7))
  or p.id in (select n.patient_id from patient_identifier n where n.site_id = 7 and n.surname_index = md5('name' || 7) || md5('n' || 7)))"
timed "search (study ID part, record number, family name): count" "select count(p.id) from patient p where p.site_id = 7 $search"
timed "search (study ID part, record number, family name): page 1 ids" "$ids_of $search order by p.sequence_no limit 25 offset 0"
ids=$(db -c "select string_agg(id::text, ',') from (select id from patient where site_id = 7 order by sequence_no limit 25) x")
timed "next visit of the page's 25 patients (Visits.nextOpen)" "select v.patient_id, v.name, v.target_on from patient_visit v
  where v.patient_id in ($ids) and v.data_state <> 'COMPLETE' order by v.position desc"
timed "identifiers of the page's 25 patients (to decrypt the names)" "select * from patient_identifier where patient_id in ($ids)"

echo "--- A patient's history (PatientService.history): the patient, the screening, 3 visits, 3 visits' contacts"
about="from audit_record r where (r.entity = 'patient' and r.entity_id in ('7') and r.study_code = 'BENCH')
  or (r.entity = 'screening' and r.entity_id in ('7') and r.study_code = 'BENCH')
  or (r.entity = 'visit' and r.entity_id in ('21', '22', '23') and r.study_code = 'BENCH')
  or (r.entity = 'contact' and r.entity_id in ('baseline@BE-S8-00001', 'month-3@BE-S8-00001', 'month-12@BE-S8-00001') and r.study_code = 'BENCH')"
timed "count" "select count(r.seq) $about"
timed "page 1 of 15, newest first" "select * $about order by r.seq desc limit 15 offset 0"
