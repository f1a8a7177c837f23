#!/usr/bin/env bash
# More than one server, one command: Pragma as a Payara deployment group of two server instances
# (one DAS domain, two local instances sharing one configuration) on one fresh PostgreSQL database,
# started at the same moment on the empty database; then MultiServerBench drives both instances and
# prints each check as PASS or FAIL: concurrent enrollment at the same clinics through both (study IDs
# gap-free), a token from one instance valid on the other, a user deactivated or locked on one refused
# on the other at the next request, a clinic closed on one refusing enrollment on the other at once,
# the day's visit digest run on both sending each coordinator exactly one, and the audit chain
# verifying; it also measures enrollments/s through one instance and through both. Exits non-zero on
# any failure. Figures also go to trial-ear/target/bench/multi-server.txt.
#   bench/multi-server.sh                        # database pragma_multi, DAS admin port 26048
#   MULTI_DB=pragma_x MULTI_PORTBASE=27000 bench/multi-server.sh
#   MULTI_KEEP=1 bench/multi-server.sh           # leave the domain and instances running afterwards
# Ports (MULTI_PORTBASE, default 26000): DAS admin +48; instance A http +180, instance B http +280;
# the fake SMTP server of the driver +25. Needs PostgreSQL with role pragma/pragma (see .ci/run) and
# the Payara the ITs use (unpacked by any ./mvnw verify into ~/.pragma/payara-it-<version>).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
db=${MULTI_DB:-pragma_multi}
pb=${MULTI_PORTBASE:-26000}
domain=${MULTI_DOMAIN:-pragma-multi}
group=pragma-group
config=pragma-config
a=pragma-a
b=pragma-b
node=localhost-$domain
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -1)
payara=${PAYARA_HOME:-$HOME/.pragma/payara-it-$payara_version/payara6}
admin_password=${MULTI_ADMIN_PASSWORD:-it-first-password-2025}
key=${MULTI_IDENTIFIERS_KEY:-aXQtb25seS1rZXktMDEyMzQ1Njc4OWFiY2RlZjAxMjM=}
protocols=$root/trial-ear/target/it-protocols
exports=$root/trial-ear/target/multi-exports
out=$root/trial-ear/target/bench/multi-server.txt
asadmin() { "$payara/bin/asadmin" --port $((pb + 48)) "$@"; }
say() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*"; }

if [ ! -x "$payara/bin/asadmin" ]; then
  say "Payara $payara_version is not unpacked at $payara: run ./mvnw -B verify -Dit.test=NONE once (or set PAYARA_HOME)"
  exit 2
fi

if [ "${MULTI_SKIP_BUILD:-}" != 1 ] || [ ! -f trial-ear/target/pragma.ear ]; then
  say "Building the EAR"
  ./mvnw -B -ntp -q package -DskipTests
fi
mkdir -p "$protocols" "$exports" "$(dirname "$out")"
rm -f "$out" "$out.start"
cp -r protocols/. "$protocols/"

# A clean domain each run: stop and remove what an earlier run left.
if [ -d "$payara/glassfish/domains/$domain" ]; then
  say "Removing the previous domain $domain"
  if asadmin list-domains >/dev/null 2>&1 && "$payara/bin/asadmin" list-domains | grep -q "^$domain running"; then
    asadmin stop-deployment-group $group >/dev/null 2>&1 || true
  fi
  for i in $a $b; do "$payara/bin/asadmin" stop-local-instance --node $node --kill=true $i >/dev/null 2>&1 || true; done
  "$payara/bin/asadmin" stop-domain --kill=true $domain >/dev/null 2>&1 || true
  rm -rf "$payara/glassfish/nodes/$node" "$payara/glassfish/domains/$domain"
fi

say "Database $db (fresh)"
runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA -c "drop database if exists $db with (force)"
runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qtA -c "create database $db owner pragma"

say "Domain $domain (DAS admin port $((pb + 48)))"
"$payara/bin/asadmin" --interactive=false create-domain --nopassword=true --portbase=$pb $domain >/dev/null
mkdir -p "$payara/glassfish/domains/$domain/tmp"
# Each JVM gets a temporary folder of its own (two domains on one machine otherwise share /tmp uploads).
sed -i "0,/-Xmx512m/s|<jvm-options>-Xmx512m</jvm-options>|<jvm-options>-Xmx512m</jvm-options><jvm-options>-Djava.io.tmpdir=$payara/glassfish/domains/$domain/tmp</jvm-options>|" \
  "$payara/glassfish/domains/$domain/config/domain.xml"
"$payara/bin/asadmin" start-domain $domain >/dev/null

say "Deployment group $group: instances $a (http $((pb + 180))) and $b (http $((pb + 280))), one configuration $config"
# The instances share one configuration: the application's settings are MicroProfile Config system
# properties on it (the same names as the PRAGMA_* environment variables, in lower case with dots).
asadmin set-hazelcast-configuration --clustername "$domain" --dynamic=true >/dev/null
asadmin copy-config default-config $config >/dev/null
asadmin delete-jvm-options --target $config -Xmx512m >/dev/null
esc() { printf '%s' "$1" | sed 's/:/\\:/g'; }
for option in -Xmx768m \
  "-Djava.io.tmpdir=\${com.sun.aas.instanceRoot}/tmp" \
  -Dpragma.db.class=org.postgresql.ds.PGSimpleDataSource \
  "-Dpragma.db.url=$(esc "jdbc:postgresql://127.0.0.1:5432/$db")" \
  -Dpragma.db.user=pragma -Dpragma.db.password=pragma \
  "-Dpragma.admin.password=$admin_password" \
  "-Dpragma.identifiers.key=$key" \
  "-Dpragma.protocols.dir=$protocols" \
  "-Dpragma.exports.dir=$exports" \
  -Dpragma.mail.host=localhost "-Dpragma.mail.port=$((pb + 25))"; do
  asadmin create-jvm-options --target $config "$option" >/dev/null
done
asadmin create-local-instance --node $node --config $config --portbase $((pb + 100)) $a >/dev/null
asadmin create-local-instance --node $node --config $config --portbase $((pb + 200)) $b >/dev/null
for i in $a $b; do mkdir -p "$payara/glassfish/nodes/$node/$i/tmp"; done
asadmin create-deployment-group $group >/dev/null
asadmin add-instance-to-deployment-group --instance $a --deploymentgroup $group >/dev/null
asadmin add-instance-to-deployment-group --instance $b --deploymentgroup $group >/dev/null
say "Deploying pragma.ear to $group"
asadmin deploy --target $group --name pragma trial-ear/target/pragma.ear >/dev/null

# Both instances start at once on the empty database: both migrate it, create the first admin, load
# the protocols and start their background jobs in the same seconds.
say "Starting $group (both instances at once, empty database)"
t0=$(date +%s)
asadmin start-deployment-group $group >/dev/null
ready() { curl -s -o /dev/null -w '%{http_code}' "http://localhost:$1/pragma/login.xhtml" | grep -q 200; }
for port in $((pb + 180)) $((pb + 280)); do
  for _ in $(seq 1 180); do ready $port && break; sleep 1; done
  ready $port || { say "FAIL instance on port $port is not answering; see $payara/glassfish/nodes/$node/*/logs/server.log"; exit 1; }
done
start_seconds=$(( $(date +%s) - t0 ))
say "Both instances answer ${start_seconds} s after start-deployment-group"
asadmin list-instances

status=0
say "Driving both instances (MultiServerBench)"
mkdir -p "$(dirname "$out")"
echo "Deployment group $group of $a and $b on PostgreSQL $db: both answering ${start_seconds} s after start-deployment-group" > "$out.start"
./mvnw -B -ntp verify -Ppostgres -Dpg.database="$db" -pl trial-randomization,trial-exports,trial-core,trial-web,trial-ear \
  -Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=MultiServerBench \
  -Dit.domain="$domain" -Dit.portbase="$pb" -Dit.adminPort=$((pb + 48)) -Dit.mail.port=$((pb + 25)) -Dit.clock.start= \
  -Dit.admin.password="$admin_password" \
  -Dmulti.a="http://localhost:$((pb + 180))/pragma/" -Dmulti.b="http://localhost:$((pb + 280))/pragma/" \
  -Dmulti.seconds="${MULTI_SECONDS:-20}" -Dmulti.clients="${MULTI_CLIENTS:-12}" \
  "$@" > "$root/trial-ear/target/bench/multi-server.log" 2>&1 || status=$?
if [ -f "$out" ]; then cat "$out"; else grep -E "PASS|FAIL|Tests run:|BUILD|ERROR\]" "$root/trial-ear/target/bench/multi-server.log" || true; fi
if [ "${MULTI_KEEP:-}" != 1 ]; then
  say "Stopping $group and $domain"
  asadmin stop-deployment-group $group >/dev/null || true
  "$payara/bin/asadmin" stop-domain $domain >/dev/null || true
fi
[ $status -eq 0 ] && say "All checks passed" || say "Some checks FAILED (exit $status; log trial-ear/target/bench/multi-server.log)"
exit $status
