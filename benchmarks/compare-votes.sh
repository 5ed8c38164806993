#!/usr/bin/env bash
# The vote rounds of run.sh against two builds of Fanloop, back to back on the same machine:
# how a change to the vote path compares with the design before it.
#
#   benchmarks/compare-votes.sh <before.jar> <after.jar> [posts] [before's last migration]
#
# Each jar gets a fresh database filled by the after jar's generator (for the before jar, its
# schema stops at the given Flyway version, 25 for the design with the vote ledger, whose
# tallies are then filled from the posts' counts). Prints each round for both.
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=$1 AFTER=$2 POSTS=${3:-10000} TARGET=${4:-25}
DURATION=${DURATION:-10}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -X"
URL=http://127.0.0.1:8090

round() { # label connections args...
  local label=$1 connections=$2; shift 2
  local out
  out=$(wrk -t2 -c"$connections" -d"${DURATION}s" --timeout 10s -s benchmarks/wrk/vote.lua $URL -- "$@" | grep '^RESULT')
  read -r _ requests seconds rps p50 p99 non2xx socket _p95 <<< "$out"
  printf '  %-44s %9s req/s  p50 %7s ms  p99 %7s ms  errors %s\n' "$label" "$rps" "$p50" "$p99" "$((non2xx + socket))"
}

for which in before after; do
  jar=$BEFORE; [ $which = after ] && jar=$AFTER
  db=fanloop_compare_$which
  $PSQL -d postgres -qc "drop database if exists $db" -c "create database $db" > /dev/null
  target=(); [ $which = before ] && target=(--spring.flyway.target="$TARGET")
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
    "$JAVA" -jar "$AFTER" --server.port=0 "${target[@]}" --fanloop.generator.posts="$POSTS" \
    --fanloop.generator.members=400000 > target/compare-generator.log 2>&1
  if [ $which = before ]; then
    $PSQL -d $db -qc "insert into vote_tallies (post_id, vote_count) select id, vote_count from posts" > /dev/null
  fi
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_DATASOURCE_USERNAME=postgres \
    FANLOOP_ADMIN_USERNAME=bench-admin FANLOOP_ADMIN_PASSWORD=loopback-benchmark-2026 \
    "$JAVA" -Xmx1g -Xms1g -jar "$jar" --server.port=8090 > target/compare-$which.log 2>&1 &
  app=$!
  for _ in $(seq 1 120); do curl -sf $URL/actuator/health > /dev/null && break; sleep 1; done
  first=$($PSQL -d $db -Atc "select min(id) from posts")
  last=$($PSQL -d $db -Atc "select max(id) from posts")
  hot=$($PSQL -d $db -Atc "select id from posts order by vote_count, id desc limit 1")
  echo "== $which: $jar =="
  wrk -t2 -c64 -d10s -s benchmarks/wrk/vote.lua $URL -- 300001 400000 "$first" "$last" 2 0 > /dev/null
  round "votes spread, first requests" 256 1 100000 "$first" "$last" 2 1
  round "votes spread, tokens cached" 256 1 100000 "$first" "$last" 2 2
  round "storm on one post, first requests" 256 100001 200000 "$hot" "$hot" 2 3
  round "storm on one post, tokens cached" 256 100001 200000 "$hot" "$hot" 2 4
  sleep 2
  # (the ledger design folds within a fraction of a second: hence the pause)
  check="select count(*) from posts p where vote_count <> (select count(*) from votes v where v.post_id = p.id)"
  echo "  posts whose stored count differs from their votes: $($PSQL -d $db -Atc "$check")"
  kill $app; wait $app 2> /dev/null || true
done
