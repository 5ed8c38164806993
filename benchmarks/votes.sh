#!/usr/bin/env bash
# Votes per second over HTTP with wrk as the client, against Fanloop on PostgreSQL.
#   ./mvnw package -DskipTests && benchmarks/votes.sh [target/fanloop.jar]
# Needs wrk and psql (Debian packages) and the local PostgreSQL (trust auth, user postgres).
# Makes (and drops first) the database fanloop_bench, starts the jar on port 8090 with 1,003
# posts and 40,000 members with API tokens, then runs 4-second wrk rounds (2 threads, 64
# connections): one hot post with each token's first request, another hot post with the
# tokens cached, and the same members spread over 1,000 posts. wrk's requests/s counts
# repeated (idempotent) votes once a round runs out of members; the figures that matter
# are the new votes per second, read from the votes' commit times, and that every count
# is exact.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-target/fanloop.jar}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1"
URL=http://localhost:8090
LUA=benchmarks/votes.lua

$PSQL -d test -qc "drop database if exists fanloop_bench" -c "create database fanloop_bench" 2>/dev/null
SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/fanloop_bench SPRING_DATASOURCE_USERNAME=postgres \
FANLOOP_ADMIN_USERNAME=root FANLOOP_ADMIN_PASSWORD=root-password-bench \
FANLOOP_ACCOUNTS_SIGN_IN_ATTEMPTS_PER_MINUTE=100000 \
  "$JAVA" -Xmx1g -jar "$JAR" --server.port=8090 > target/votes-benchmark.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 90); do curl -sf $URL/actuator/health > /dev/null && break; sleep 1; done

TOKEN=$(curl -sf -XPOST $URL/api/v1/tokens -H 'Content-Type: application/json' \
  -d '{"username":"root","password":"root-password-bench"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
curl -sf -o /dev/null -XPOST $URL/api/v1/products -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' -d '{"slug":"bench","name":"Bench","description":"Votes benchmark"}'
for i in $(seq 1 1003); do
  curl -sf -o /dev/null -XPOST $URL/api/v1/products/bench/posts -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "{\"kind\":\"idea\",\"title\":\"Benchmark post $i\"}"
done
# Members and tokens straight into the tables (sign-up would be the benchmark).
$PSQL -d fanloop_bench -q <<'SQL'
insert into members (username, email, password_hash, admin, created_at)
select 'bench' || n, 'bench' || n || '@bench.test', '{noop}-', false, now() from generate_series(1, 40000) n;
insert into access_tokens (member_id, token_hash, created_at)
select m.id, encode(sha256(('flp_bench_' || substr(m.username, 6))::bytea), 'hex'), now()
from members m where m.username like 'bench%';
SQL

round() { # label, then the script's arguments
  local label=$1; shift
  printf '%-32s' "$label"
  wrk -t2 -c64 -d4s -s $LUA $URL -- "$@" | grep -E 'Latency|Requests/sec' | tr -s ' ' | tr '\n' ' '
  echo
  sleep 2
}
echo "== Votes over HTTP (wrk) on PostgreSQL, $(nproc) cores =="
wrk -t2 -c64 -d6s -s $LUA $URL -- 20001 10000 3 0 > /dev/null # warms the JIT up, other members
sleep 2
round "one hot post, cold tokens" 1 10000 1 0
round "one hot post, cached tokens" 1 10000 2 0
round "spread over 1,000 posts" 1 10000 4 1000

$PSQL -d fanloop_bench -At -F ' ' <<'SQL'
select rpad(case post_id when 1 then 'one hot post, cold tokens' when 2 then 'one hot post, cached tokens'
                  when 3 then 'JIT warm-up' else 'spread over 1,000 posts' end, 32),
       count(*) || ' new votes,',
       round((count(*) / extract(epoch from max(created_at) - min(created_at)))::numeric) || ' new votes/s'
from votes where member_id > 1 group by 1 order by 1;
select 'posts whose stored count differs from their votes: ' || count(*)
from vote_tallies t join (select post_id, count(*) c from votes group by post_id) v on v.post_id = t.post_id
where t.vote_count <> v.c;
SQL
