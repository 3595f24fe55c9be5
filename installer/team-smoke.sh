#!/usr/bin/env bash
# The team workspace against a PostgreSQL server started separately (issue 20, "Done when" line 2): a server from
# Debian's binaries on a free local port, `createdb`, `team init`, `team user add` (a correspondent of one region and
# a PESSII member), then, with the built jar and `--workspace postgresql://…`: import, score, avis, export-avis; two
# CLI processes scoring the same workspace at once, every change counted afterwards; the correspondent's login
# reading another region's dossiers through the workbench and through psql. Prints its figures and exits non-zero
# on the first broken guarantee.
#
#   ./mvnw -B -q package -DskipTests && installer/team-smoke.sh
#
# Environment: JAR (default target/ptce-workbench.jar), PGBIN (default /usr/lib/postgresql/15/bin, Debian's package
# postgresql-15), SAMPLE (the DS export to import), ROUNDS (score commands per process, default 6). PostgreSQL
# refuses to run as root: as root the server runs as the system account ptce-pg (created if missing, as the tests
# do). Exits 77 (skipped) when Debian's binaries are absent.
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=${JAR:-target/ptce-workbench.jar}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
SAMPLE=${SAMPLE:-samples/dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx}
ROUNDS=${ROUNDS:-6}
CRITERIA=(V1 V2 O1 E1)

if [[ ! -x "$PGBIN/initdb" || ! -x "$PGBIN/pg_ctl" || ! -x "$PGBIN/psql" ]]; then
    echo "team-smoke: skipped, no PostgreSQL binaries in $PGBIN (apt-get install postgresql-15)" >&2
    exit 77
fi
[[ -f "$JAR" ]] || { echo "team-smoke: no $JAR, build it first (./mvnw -B -q package -DskipTests)" >&2; exit 1; }

WORK=$(mktemp -d /tmp/ptce-team-smoke.XXXXXX)
chmod 755 "$WORK"
RUN=()
if [[ $(id -u) -eq 0 ]]; then
    id ptce-pg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin ptce-pg
    chown ptce-pg "$WORK"
    RUN=(runuser -u ptce-pg --)
fi
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
OWNER=proprietaire
OWNER_PASSWORD=owner-$RANDOM$RANDOM
MEMBER_PASSWORD=membre-$RANDOM$RANDOM
printf '%s\n' "$OWNER_PASSWORD" >"$WORK/owner.pw"
printf '%s\n' "$MEMBER_PASSWORD" >"$WORK/member.pw"
chmod 644 "$WORK/owner.pw"

stop() {
    "${RUN[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap stop EXIT

fail() {
    echo "team-smoke: FAILED: $*" >&2
    exit 1
}

step() {
    echo "== $*"
}

step "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') from $PGBIN on 127.0.0.1:$PORT (as ${RUN[2]:-$(id -un)})"
"${RUN[@]}" "$PGBIN/initdb" -D "$WORK/data" -U "$OWNER" --auth=scram-sha-256 --pwfile="$WORK/owner.pw" \
    -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1 || { cat "$WORK/initdb.log"; fail "initdb"; }
"${RUN[@]}" "$PGBIN/pg_ctl" -D "$WORK/data" -l "$WORK/server.log" -w \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -k $WORK" start >/dev/null || { cat "$WORK/server.log"; fail "start"; }

export PGPASSWORD=$OWNER_PASSWORD
"$PGBIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$OWNER" ptce
BASE=127.0.0.1:$PORT/ptce
OWNER_URL=postgresql://$OWNER@$BASE
java() { command java -Dorg.jooq.no-logo=true -jar "$JAR" "$@"; }

step "import $SAMPLE"
java import --workspace "$OWNER_URL" "$SAMPLE" | tail -n 2
java dossiers --workspace "$OWNER_URL" --format json >"$WORK/all.json"
read -r TOTAL REGION REGION_COUNT OTHER < <(python3 - "$WORK/all.json" <<'EOF'
import collections, json, sys
dossiers = json.load(open(sys.argv[1]))
regions = collections.Counter(d["region"] for d in dossiers)
# the region with the most dossiers that is not all of them
region, count = next((r, c) for r, c in regions.most_common() if c < len(dossiers))
other = next(d["number"] for d in dossiers if d["region"] != region)
print(len(dossiers), region.replace(" ", "_"), count, other)
EOF
)
REGION=${REGION//_/ }
echo "   $TOTAL dossiers, $REGION_COUNT of them in $REGION"

step "team init, team user add (a correspondent of $REGION, a PESSII member)"
java team init --workspace "$OWNER_URL"
java team user add --workspace "$OWNER_URL" --login maelle --name "Maëlle Kerjean" --email maelle@example.fr \
    --role correspondant --region "$REGION" --new-password-file "$WORK/member.pw"
java team user add --workspace "$OWNER_URL" --login lucas --name "Lucas Martin" --email lucas@example.gouv.fr \
    --role pessii --new-password-file "$WORK/member.pw"

export PGPASSWORD=$MEMBER_PASSWORD
MAELLE_URL=postgresql://maelle@$BASE
LUCAS_URL=postgresql://lucas@$BASE

step "what the correspondent's login reads"
java dossiers --workspace "$MAELLE_URL" --format json >"$WORK/hers.json"
read -r SEEN SEEN_OTHER < <(python3 - "$WORK/hers.json" "$REGION" <<'EOF'
import json, sys
dossiers = json.load(open(sys.argv[1]))
print(len(dossiers), sum(1 for d in dossiers if d["region"] != sys.argv[2]))
EOF
)
PSQL_SEEN=$("$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U maelle -d ptce -Atc "SELECT count(*) FROM dossier")
PSQL_OTHER=$("$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U maelle -d ptce -Atc \
    "SELECT count(*) FROM dossier WHERE region <> '${REGION//\'/\'\'}'")
PSQL_BY_NUMBER=$("$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U maelle -d ptce -Atc \
    "SELECT count(*) FROM dossier WHERE number = '$OTHER'")
PSQL_TEXTS=$("$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U maelle -d ptce -Atc \
    "SELECT count(*) FROM dossier_text WHERE dossier_number = '$OTHER'")
echo "   workbench: $SEEN dossiers, $SEEN_OTHER of another region; psql: $PSQL_SEEN dossiers, $PSQL_OTHER of another" \
    "region, $PSQL_BY_NUMBER for dossier $OTHER asked by number, $PSQL_TEXTS of its texts"
[[ $SEEN -eq $REGION_COUNT && $SEEN_OTHER -eq 0 ]] || fail "the workbench shows the correspondent other dossiers"
[[ $PSQL_SEEN -eq $REGION_COUNT && $PSQL_OTHER -eq 0 && $PSQL_BY_NUMBER -eq 0 && $PSQL_TEXTS -eq 0 ]] ||
    fail "psql shows the correspondent other dossiers"

mapfile -t NUMBERS < <(python3 -c 'import json, sys; [print(d["number"]) for d in json.load(open(sys.argv[1]))]' \
    "$WORK/hers.json" | head -n "$ROUNDS")
ROUNDS=${#NUMBERS[@]}

scorer() { # URL VALUE: one score command per dossier, every criterion
    local url=$1 value=$2 number assignments=()
    for code in "${CRITERIA[@]}"; do assignments+=("$code=$value"); done
    for number in "${NUMBERS[@]}"; do
        java score --workspace "$url" --dossier "$number" "${assignments[@]}" >/dev/null
    done
}

step "two CLI processes scoring the same $ROUNDS dossiers at once (Maëlle 4, Lucas 3; ${#CRITERIA[@]} criteria each)"
START=$(date +%s.%N)
scorer "$MAELLE_URL" 4 & A=$!
scorer "$LUCAS_URL" 3 & B=$!
wait $A || fail "Maëlle's process"
wait $B || fail "Lucas's process"
ELAPSED=$(python3 -c "import sys; print(round($(date +%s.%N) - $START, 1))")
export PGPASSWORD=$OWNER_PASSWORD
KEPT=$("$PGBIN/psql" -h 127.0.0.1 -p "$PORT" -U "$OWNER" -d ptce -Atc "SELECT count(*) FROM review_score s
    JOIN review r ON r.id = s.review_id WHERE (r.reviewer_email, s.score_value) IN
    (('maelle@example.fr', 4), ('lucas@example.gouv.fr', 3))")
EXPECTED=$((2 * ROUNDS * ${#CRITERIA[@]}))
echo "   $EXPECTED score changes made in ${ELAPSED} s by 2 processes, $KEPT kept, $((EXPECTED - KEPT)) lost"
[[ $KEPT -eq $EXPECTED ]] || fail "changes lost"

step "avis and export-avis as the correspondent"
export PGPASSWORD=$MEMBER_PASSWORD
java avis --workspace "$MAELLE_URL" --dossier "${NUMBERS[0]}" --recommendation favorable \
    --motivation "Projet ancré dans son territoire." >/dev/null
java export-avis --workspace "$MAELLE_URL" --out "$WORK/avis.xlsx" | tail -n 3
[[ -s "$WORK/avis.xlsx" ]] || fail "no avis workbook"

step "the correspondent's login cannot write another region's dossier"
if java score --workspace "$MAELLE_URL" --dossier "$OTHER" V1=5 >"$WORK/refused.log" 2>&1; then
    fail "Maëlle scored dossier $OTHER of another region"
fi
echo "   refused: $(tail -n 1 "$WORK/refused.log")"

echo "team-smoke: OK — $TOTAL dossiers imported; correspondent sees $SEEN (workbench) / $PSQL_SEEN (psql) of" \
    "$REGION_COUNT in $REGION, 0 of another region; $EXPECTED concurrent score changes, $KEPT kept, 0 lost"
