#!/usr/bin/env bash
# The investigators' dashboard on PostgreSQL with 100 sites and a million patients (1.25 million screenings,
# 3 million visits, a million baseline questionnaires). Builds a scratch database from Pragma's own
# migrations, fills it with generate_series, then runs every query DashboardService runs for one
# dashboard (the SQL of dashboard.jpa.JpaDashboardFigures and followup.jpa.CompletionQuery, same order,
# all 100 sites in scope) and prints each one's time and the total: what the first dashboard costs, before
# SiteFiguresCache keeps each site's figures (bench/dashboard.sh times the whole dashboard over REST). Needs a running PostgreSQL with the
# `pragma` role (see .ci/run). Usage: bench/dashboard-pg.sh [patients] [--reuse]   (default 1000000; --reuse times the
# queries on the database a previous run loaded)
set -euo pipefail
cd "$(dirname "$0")/.."
patients=${1:-1000000}
screenings=$(( patients * 5 / 4 ))
if [ "${2:-}" = "--reuse" ]; then
  db() { PGPASSWORD=pragma psql -h localhost -U pragma -d pragma_bench_dashboard -v ON_ERROR_STOP=1 -qtA "$@"; }
else
. bench/pg-schema.sh pragma_bench_dashboard

start=$(date +%s)
db 2>/dev/null <<SQL
insert into study (id, code, title, created_at, version) values (1, 'BENCH', 'Bench', now(), 0);
insert into site (id, study_id, code, name, status, activated_on, created_at, version)
  select s, 1, 'S' || s, 'Clinic ' || s, case when s % 25 = 0 then 'CLOSED' else 'ACTIVE' end, date '2024-01-01' + (s % 60), now(), 0
  from generate_series(1, 100) s;
insert into protocol_version (id, study_id, sequence_no, version_label, content_hash, source, loaded_at)
  values (1, 1, 1, '1.0', repeat('0', 64), 'bench', now());
insert into e_signature (id, username, full_name, meaning, subject, content_hash, signed_at)
  values (1, 'bench', 'Bench', 'APPROVAL', 'randomization', repeat('0', 64), now());
insert into site_randomization (id, study_id, wave, method, seed, algorithm_version, total_allocations, constrained_size,
    draw_json, content_hash, committed_by, signature_id, committed_at)
  values (1, 1, 1, 'bench', 1, 'bench', 1, 1, '{}', repeat('0', 64), 'bench', 1, now());
insert into site_arm (site_id, randomization_id, arm_code)
  select s, 1, (array['usual-care','ice','ipt'])[1 + s % 3] from generate_series(1, 100) s;
-- Screenings 1..N enroll (eligible); the last quarter are ineligible with one or two of four reasons.
insert into screening (id, site_id, screened_on, age, sex, pain_location, answers_json, eligible, failed_json, screened_by, created_at, version)
  select p, 1 + p % 100, date '2024-03-01' + (p % 900), 18 + p % 70, (array['FEMALE','MALE'])[1 + p % 2],
    (array['low-back','neck','both'])[1 + p % 3], '{}', p <= $patients,
    case when p <= $patients then '[]'
         when p % 4 = 0 then '[{"code":"adult","kind":"inclusion","reason":"Patients must be 18 or older."}]'
         when p % 4 = 1 then '[{"code":"back-or-neck-pain","kind":"inclusion","reason":"The study enrolls patients with back or neck pain."}]'
         when p % 4 = 2 then '[{"code":"pregnancy","kind":"exclusion","reason":"Current pregnancy excludes the patient."}]'
         else '[{"code":"adult","kind":"inclusion","reason":"Patients must be 18 or older."},{"code":"cancer","kind":"exclusion","reason":"Metastatic or actively treated cancer excludes the patient."}]' end,
    'bench', now(), 0
  from generate_series(1, $screenings) p;
insert into patient (id, study_id, site_id, screening_id, sequence_no, study_patient_id, arm, risk_group, protocol_version_id, enrolled_on,
    consent_model, consent_on, status, status_on, idempotency_key, enrolled_by, created_at, version, unreachable)
  select p, 1, 1 + p % 100, p, p / 100 + 1, 'SC-' || p, (array['usual-care','ice','ipt'])[1 + (1 + p % 100) % 3],
    (array['low','medium','high'])[1 + p % 3], 1, date '2024-03-01' + (p % 900), 'WRITTEN', date '2024-03-01' + (p % 900),
    case when p % 50 = 0 then 'WITHDRAWN' when p % 97 = 0 then 'LOST_TO_FOLLOW_UP' when p % 331 = 0 then 'DIED' else 'ENROLLED' end,
    case when p % 50 = 0 or p % 97 = 0 or p % 331 = 0 then date '2024-03-01' + (p % 900) + 30 end, 'k' || p, 'bench', now(), 0, p % 211 = 0
  from generate_series(1, $patients) p;
insert into patient_visit (id, patient_id, study_id, site_id, arm, code, name, position, target_on, opens_on, closes_on, remind_on,
    data_state, visit_on, locked, version)
  select 3 * p + v, p, 1, 1 + p % 100, (array['usual-care','ice','ipt'])[1 + (1 + p % 100) % 3], (array['baseline','month-3','month-12'])[v + 1],
    'visit', v, e + d, e + d - b, e + d + a, e + d - 7,
    case when v = 0 or (p + v) % 4 = 0 then 'COMPLETE' when (p + v) % 9 = 0 then 'INCOMPLETE' else 'NONE' end,
    case when v = 0 then e when (p + v) % 4 = 0 then e + d + ((p % 60) - 20) end, false, 0
  from (select p, date '2024-03-01' + (p % 900) as e from generate_series(1, $patients) p) enrolled,
       lateral (values (0, 0, 0, 7), (1, 91, 14, 28), (2, 365, 30, 60)) as w(v, d, b, a);
insert into instrument_response (id, visit_id, instrument, instrument_version, answers_json, items_answered, item_count, scored,
    total, percent, entered_by, entered_at, version)
  select p, 3 * p, 'ODI', '2.1a', '{}', case when p % 40 = 0 then 9 else 10 end, 10, true, p % 50, 2 * (p % 50), 'bench', now(), 0
  from generate_series(1, $patients) p;
analyze;
SQL
echo "Loaded 100 sites, $screenings screenings, $patients patients, $((3 * patients)) visits, $patients baseline questionnaires in $(( $(date +%s) - start )) s"
fi

sites=$(seq -s, 1 100)
today="date '2026-06-01'"
from="date '1900-01-01'"
to="date '9999-12-31'"
queries=(
  "Change numbers|select site_id, changes from site_change where site_id in ($sites)"
  "Site arms|select site_id, arm_code from site_arm where site_id in ($sites)"
  "Screened per site|select s.site_id, count(*), sum(case when s.eligible then 1 else 0 end), sum(case when s.eligible and p.id is null then 1 else 0 end) from screening s left join patient p on p.screening_id = s.id where s.screened_on >= $from and s.screened_on <= $to and s.site_id in ($sites) group by s.site_id"
  "Enrolled per site|select site_id, count(*), sum(case when enrolled_on >= $today - 29 then 1 else 0 end), max(enrolled_on) from patient where study_id = 1 and enrolled_on >= $from and enrolled_on <= $to and site_id in ($sites) group by site_id"
  "Ineligibility reasons|select site_id, failed_json, count(*) from screening where not eligible and screened_on >= $from and screened_on <= $to and site_id in ($sites) group by site_id, failed_json"
  "Follow-up by patient status|select v.site_id, v.arm, v.code, p.status, sum(case when v.data_state = 'COMPLETE' and v.visit_on >= v.opens_on and v.visit_on <= v.closes_on then 1 else 0 end), sum(case when v.data_state = 'COMPLETE' and (v.visit_on < v.opens_on or v.visit_on > v.closes_on) then 1 else 0 end), sum(case when v.data_state <> 'COMPLETE' and not (p.status in ('WITHDRAWN', 'DIED') and p.status_on is not null and v.closes_on >= p.status_on) and v.closes_on < $today then 1 else 0 end), sum(case when v.data_state <> 'COMPLETE' and not (p.status in ('WITHDRAWN', 'DIED') and p.status_on is not null and v.closes_on >= p.status_on) and v.closes_on >= $today then 1 else 0 end), sum(case when v.data_state <> 'COMPLETE' and (p.status in ('WITHDRAWN', 'DIED') and p.status_on is not null and v.closes_on >= p.status_on) then 1 else 0 end), sum(case when v.data_state <> 'COMPLETE' and not (p.status in ('WITHDRAWN', 'DIED') and p.status_on is not null and v.closes_on >= p.status_on) and v.closes_on >= $today and v.target_on < $today then 1 else 0 end) from patient_visit v join patient p on p.id = v.patient_id where p.enrolled_on >= $from and p.enrolled_on <= $to and v.study_id = 1 and v.site_id in ($sites) group by v.site_id, v.arm, v.code, p.status"
  "Enrollment per day and arm|select site_id, enrolled_on, arm, count(*) from patient where study_id = 1 and enrolled_on >= $from and enrolled_on <= $to and site_id in ($sites) group by site_id, enrolled_on, arm order by site_id, enrolled_on, arm"
  "Baseline characteristics|select p.site_id, p.arm, s.sex, s.pain_location, p.risk_group, count(*), count(s.age), sum(s.age), sum(1.0 * s.age * s.age) from patient p join screening s on s.id = p.screening_id where p.study_id = 1 and p.enrolled_on >= $from and p.enrolled_on <= $to and p.site_id in ($sites) group by p.site_id, p.arm, s.sex, s.pain_location, p.risk_group"
  "Baseline score|select p.site_id, p.arm, count(coalesce(r.t_score, r.percent, 1.0 * r.total)), sum(coalesce(r.t_score, r.percent, 1.0 * r.total)), sum(coalesce(r.t_score, r.percent, 1.0 * r.total) * coalesce(r.t_score, r.percent, 1.0 * r.total)) from patient p join patient_visit v on v.patient_id = p.id and v.code = 'baseline' join instrument_response r on r.visit_id = v.id and r.instrument = 'ODI' and r.scored where p.study_id = 1 and p.enrolled_on >= $from and p.enrolled_on <= $to and p.site_id in ($sites) group by p.site_id, p.arm"
  "Unanswered items|select p.site_id, sum(r.item_count - r.items_answered) from patient p join patient_visit v on v.patient_id = p.id join instrument_response r on r.visit_id = v.id where p.study_id = 1 and p.enrolled_on >= $from and p.enrolled_on <= $to and p.site_id in ($sites) group by p.site_id"
  "Incomplete visits|select p.site_id, count(*) from patient p join patient_visit v on v.patient_id = p.id where v.data_state = 'INCOMPLETE' and p.study_id = 1 and p.enrolled_on >= $from and p.enrolled_on <= $to and p.site_id in ($sites) group by p.site_id"
  "Unreachable|select p.site_id, count(*) from patient p where p.unreachable and p.study_id = 1 and p.enrolled_on >= $from and p.enrolled_on <= $to and p.site_id in ($sites) group by p.site_id"
)
total=0
for run in 1 2; do
  total=0
  [ "$run" = 1 ] && echo "--- Warm-up run (caches filling)" || echo "--- Second run: one dashboard, query by query (ms)"
  for q in "${queries[@]}"; do
    name=${q%%|*}
    ms=$(db -c "explain (analyze, summary on) ${q#*|}" | sed -n 's/^Execution Time: \([0-9.]*\) ms$/\1/p')
    total=$(echo "$total + $ms" | bc)
    [ "$run" = 2 ] && printf '%-28s %9.1f\n' "$name" "$ms"
  done
  printf '%-28s %9.1f\n' "Whole dashboard" "$total"
done
