#!/usr/bin/env bash
# Follow-up completion and worklist queries on PostgreSQL with a million patients (3 million visits).
# Builds a scratch database `pragma_bench` from Pragma's own migrations, fills it with generate_series,
# then times the SQL that FollowUpService runs (EXPLAIN ANALYZE). Needs a running PostgreSQL with the
# `pragma` role (see .ci/run). Usage: bench/completion-pg.sh [patients]   (default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
patients=${1:-1000000}
. bench/pg-schema.sh pragma_bench

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
    consent_model, status, status_on, idempotency_key, enrolled_by, created_at, version)
  select p, 1, 1 + p % 33, p, p / 33 + 1, 'SC-' || p, (array['usual-care','ice','ipt'])[1 + (p / 33) % 3], 1,
    date '2024-01-01' + (p % 700), 'WRITTEN', case when p % 50 = 0 then 'WITHDRAWN' else 'ENROLLED' end,
    case when p % 50 = 0 then date '2024-01-01' + (p % 700) + 30 end, 'k' || p, 'bench', now(), 0
  from generate_series(1, $patients) p;
insert into patient_visit (id, patient_id, study_id, site_id, arm, code, name, position, target_on, opens_on, closes_on, remind_on,
    data_state, visit_on, locked, version)
  select 3 * p + v, p, 1, 1 + p % 33, (array['usual-care','ice','ipt'])[1 + (p / 33) % 3], (array['baseline','month-3','month-12'])[v + 1], 'visit', v,
    e + d, e + d - b, e + d + a, e + d - 7,
    case when v = 0 or (p + v) % 4 = 0 then 'COMPLETE' when (p + v) % 9 = 0 then 'INCOMPLETE' else 'NONE' end,
    case when v = 0 then e when (p + v) % 4 = 0 then e + d + ((p % 60) - 20) end, false, 0
  from (select p, date '2024-01-01' + (p % 700) as e from generate_series(1, $patients) p) enrolled,
       lateral (values (0, 0, 0, 7), (1, 91, 14, 28), (2, 365, 30, 60)) as w(v, d, b, a);
analyze;
SQL
echo "Loaded $patients patients and $((3 * patients)) visits in $(( $(date +%s) - start )) s"

echo "--- Completion by site, arm and visit, every site (FollowUpService.completion; the SQL of followup.jpa.CompletionQuery)"
db -c "explain (analyze, buffers off, summary on)
select v.site_id, v.arm, v.code,
  sum(case when v.data_state = 'COMPLETE' and v.visit_on >= v.opens_on and v.visit_on <= v.closes_on then 1 else 0 end),
  sum(case when v.data_state = 'COMPLETE' and (v.visit_on < v.opens_on or v.visit_on > v.closes_on) then 1 else 0 end),
  sum(case when v.data_state <> 'COMPLETE' and not (p.status in ('WITHDRAWN', 'DIED') and p.status_on is not null and v.closes_on >= p.status_on) and v.closes_on < date '2025-06-01' then 1 else 0 end),
  sum(case when v.data_state <> 'COMPLETE' and not (p.status in ('WITHDRAWN', 'DIED') and p.status_on is not null and v.closes_on >= p.status_on) and v.closes_on >= date '2025-06-01' then 1 else 0 end),
  sum(case when v.data_state <> 'COMPLETE' and (p.status in ('WITHDRAWN', 'DIED') and p.status_on is not null and v.closes_on >= p.status_on) then 1 else 0 end)
from patient_visit v join patient p on p.id = v.patient_id
where v.study_id = 1 and v.site_id in (select id from site where study_id = 1) group by v.site_id, v.arm, v.code" | grep -E "Execution Time|Planning Time"

echo "--- One coordinator's worklist at one site (FollowUpService.worklist, 14 days)"
db -c "explain (analyze, summary on)
select v.* from patient_visit v join patient p on p.id = v.patient_id
where v.site_id in (7) and v.closes_on >= date '2025-06-01' and v.data_state <> 'COMPLETE'
  and p.status in ('ENROLLED', 'LOST_TO_FOLLOW_UP') and (v.opens_on <= date '2025-06-01' or v.target_on <= date '2025-06-15')
order by v.target_on, p.study_patient_id" | grep -E "Execution Time|Planning Time"
