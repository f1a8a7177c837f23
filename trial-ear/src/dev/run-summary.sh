#!/bin/sh
# The run command's summary (./mvnw -Pdev package). "mark" notes the time before the server starts or
# the EAR is deployed; "print" then prints the URLs and the one-time passwords that the server logged
# since (the first admin's, the demo users'), so each password is printed once, by the run that
# created the account. The demo load logs a lot, so the log may have rotated: every server.log* file
# is read, records older than the mark skipped. Arguments: mark|print <payara6 folder> <mark file>.
mode="$1"; payara="$2"; mark="$3"
logs="$payara/glassfish/domains/domain1/logs"
log="$logs/server.log"
if [ "$mode" = mark ]; then
  date +%Y-%m-%dT%H:%M:%S > "$mark"
  exit 0
fi
since=$(cat "$mark" 2>/dev/null || echo 0000)
# The records logged since the mark, oldest file first (Payara starts each record with "[<local time>").
recent() {
  for f in $(ls -tr "$logs"/server.log* 2>/dev/null); do cat "$f"; done | awk -v since="$since" '
    /^\[[0-9][0-9][0-9][0-9]-/ { keep = substr($0, 2, 19) >= since }
    keep'
}
printf '\n  Pragma is running at  http://localhost:8080/pragma/\n'
printf '  REST API:             http://localhost:8080/pragma/api/studies  (Basic auth or a token from POST /pragma/api/auth/token)\n'
printf '  Health / OpenAPI:     http://localhost:8080/health   http://localhost:8080/openapi\n'
printf '  Database (H2 file):   ~/.pragma/db  (or PRAGMA_DB_URL)\n'
passwords=$(recent | awk '
  /First start: created user .admin. with the one-time password/ { sub(/.*one-time password +/, ""); print "    admin                " "admin          " $0 }
  /Demo users \(synthetic\)/ { demo = 1; next }
  demo && /^ *demo-[a-z-]+ / { print }
  demo && /\]\]/ { demo = 0 }')
if [ -n "$passwords" ]; then
  printf '\n  Accounts created by this run, with one-time passwords shown only now (each chooses their own at the\n'
  printf '  first sign-in; the demo users see the synthetic SPINE CARE demo trial):\n%s\n' "$passwords"
else
  printf '  Sign in as:           admin, or a demo user (demo-statistician, demo-data-manager, demo-coordinator,\n'
  printf '                        demo-investigator): their one-time passwords were printed by the run that created\n'
  printf '                        them (also in %s once).\n' "$log"
fi
demo=$(recent | grep -o "Demo trial SPINE-CARE (synthetic) loaded in [^.]*\." | head -1)
[ -n "$demo" ] && printf '\n  %s\n' "$demo"
printf '\n  Stop it with:         ./mvnw -N -Pdev-stop validate\n\n'
