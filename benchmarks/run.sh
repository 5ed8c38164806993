#!/usr/bin/env bash
# The benchmark suite: Fanloop on PostgreSQL at a chosen size, loaded over loopback by wrk
# from its own process, beside what PostgreSQL alone does for the same statements (pgbench).
#
#   benchmarks/run.sh [posts]                   e.g. benchmarks/run.sh 1000000
#   DATABASE=h2 benchmarks/run.sh [posts]       the embedded default (an H2 file under target/)
#
# Needs wrk, psql and pgbench (Debian: wrk, postgresql-client, postgresql-contrib) and the
# local PostgreSQL (127.0.0.1:5432, trust auth, user postgres). Builds target/fanloop.jar if
# it is missing, fills the database fanloop_bench_<posts> with the generator (dropping it
# first; REUSE=1 keeps a database generated before), starts Fanloop on port 8090 with a
# 1 GiB heap, runs every scenario and appends the results to BENCHMARKS.md.
# Settings (environment): VOTES (20 per post), MEMBERS (half the posts, at least 400,000), SEED (1),
# DURATION (seconds per round, 10), HEAP (1g), REUSE (0), JAR (target/fanloop.jar), MEANINGS (true: similar
# posts by meaning too; the index's meanings are filled in before the rounds, about 10,000 posts a
# minute on two cores, so MEANINGS=false for a million posts).
set -euo pipefail
cd "$(dirname "$0")/.."
POSTS=${1:-10000}
VOTES=${VOTES:-$((POSTS * 20))}
MEMBERS=${MEMBERS:-$(( POSTS / 2 > 400000 ? POSTS / 2 : 400000 ))}
SEED=${SEED:-1}
DURATION=${DURATION:-10}
HEAP=${HEAP:-1g}
REUSE=${REUSE:-0}
MEANINGS=${MEANINGS:-true}
DATABASE=${DATABASE:-postgresql}
DB=fanloop_bench_$POSTS
PORT=8090
URL=http://127.0.0.1:$PORT
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$JAVA_HOME/bin/java
JAR=${JAR:-target/fanloop.jar}
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -X"
LOG=target/benchmark-$POSTS.log
RESULTS=$(mktemp)
export JAVA_HOME

for tool in wrk psql pgbench curl bc; do
  command -v $tool > /dev/null || { echo "$tool is missing (apt-get install wrk postgresql-client postgresql-contrib curl bc)"; exit 1; }
done
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
mkdir -p target
if [ "$DATABASE" = h2 ]; then
  # The embedded default; AUTO_SERVER lets the suite read the file while Fanloop has it open.
  H2_URL="jdbc:h2:file:$PWD/target/bench-h2-$POSTS/fanloop;WRITE_DELAY=0;AUTO_SERVER=TRUE"
  H2_JAR=$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | sort -V | tail -1)
  sql() { "$JAVA" -cp "$H2_JAR" benchmarks/Sql.java "$H2_URL" sa "$1"; }
  datasource=(SPRING_DATASOURCE_URL="$H2_URL" SPRING_DATASOURCE_USERNAME=sa)
  database_name="H2 $(basename "$H2_JAR" .jar | sed 's/h2-//') (embedded, a file)"
  exists() { [ -f "target/bench-h2-$POSTS/fanloop.mv.db" ]; }
  fresh() { rm -rf "target/bench-h2-$POSTS"; }
else
  sql() { $PSQL -d "$DB" -At -c "$1"; }
  datasource=(SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$DB SPRING_DATASOURCE_USERNAME=postgres)
  database_name="PostgreSQL $($PSQL -d postgres -At -c 'show server_version') on loopback"
  exists() { $PSQL -d "$DB" -qc "select 1" > /dev/null 2>&1; }
  fresh() { $PSQL -d postgres -qc "drop database if exists $DB" -c "create database $DB" > /dev/null; }
fi

# 1. The community.
load_seconds="(reused)"
if [ "$REUSE" != 1 ] || ! exists; then
  fresh
  echo "== Generating $POSTS posts, $VOTES votes, $MEMBERS members (seed $SEED) into $DB =="
  started=$(date +%s.%N)
  env "${datasource[@]}" "$JAVA" -Xmx4g -jar "$JAR" --server.port=0 --fanloop.generator.posts="$POSTS" \
    --fanloop.generator.votes="$VOTES" --fanloop.generator.members="$MEMBERS" --fanloop.generator.seed="$SEED" \
    > target/generator-$POSTS.log 2>&1 || { tail -50 target/generator-$POSTS.log; exit 1; }
  load_seconds=$(echo "$(date +%s.%N) - $started" | bc)
  sed -n '/^Generated/,$p' target/generator-$POSTS.log
fi

# 2. Fanloop.
env "${datasource[@]}" FANLOOP_ADMIN_USERNAME=bench-admin FANLOOP_ADMIN_PASSWORD=loopback-benchmark-2026 \
  FANLOOP_ACCOUNTS_SIGN_IN_ATTEMPTS_PER_MINUTE=100000 FANLOOP_SEARCH_MEANINGS=$MEANINGS \
  "$JAVA" -Xmx$HEAP -Xms$HEAP -jar "$JAR" --server.port=$PORT > "$LOG" 2>&1 &
APP=$!
trap 'kill $APP 2> /dev/null || true; rm -f $RESULTS' EXIT
for _ in $(seq 1 120); do curl -sf $URL/actuator/health > /dev/null && break; sleep 1; done
curl -sf $URL/actuator/health > /dev/null || { tail -50 "$LOG"; exit 1; }

# A fresh database has no search index yet: Fanloop builds it in the background once it is up.
# The rounds wait for it (it would take their CPU) and the build's time is reported.
admin_token=$(curl -sf -XPOST $URL/api/v1/tokens -H 'Content-Type: application/json' \
  -d '{"username":"bench-admin","password":"loopback-benchmark-2026"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
index_started=$(date +%s.%N)
for _ in $(seq 1 3600); do
  state=$(curl -sf $URL/api/v1/admin/search -H "Authorization: Bearer $admin_token" || true)
  # Built (and, with meanings, every post given its meaning: a second pass after the words).
  if echo "$state" | grep -q '"rebuilding":false,"indexed":[1-9]'; then
    [ "$MEANINGS" != true ] && break
    [ "$(echo "$state" | sed 's/.*"indexed":\([0-9]*\).*/\1/')" = "$(echo "$state" | sed 's/.*"meant":\([0-9]*\).*/\1/')" ] && break
  fi
  sleep 1
done
index_seconds=$(printf '%.1f' "$(echo "$(date +%s.%N) - $index_started" | bc)")
indexed=$(curl -sf $URL/api/v1/admin/search -H "Authorization: Bearer $admin_token" | sed 's/.*"indexed":\([0-9]*\).*/\1/')
echo "search index: $indexed posts, ready ${index_seconds} s after Fanloop answered"

product=$(sql "select id from products where slug = 'aurora-os'")
first_product=$(sql "select min(id) from products")
last_product=$(sql "select max(id) from products")
first_post=$(sql "select min(id) from posts")
last_post=$(sql "select max(id) from posts")
big_thread=$(sql "select id from posts where product_id = $product order by comment_count desc, id limit 1")
# The storm's post: the one with the fewest votes (the newest of them), as when a beta lands.
hot=$(sql "select id from posts where product_id = $product order by vote_count, id desc limit 1")

# 3. Rounds. Each prints one line into $RESULTS:
#    scenario|connections|requests/s|p50|p99|errors|ceiling label|ceiling/s
wrk_round() { # label connections script args...
  local label=$1 connections=$2 script=$3; shift 3
  local out
  out=$(wrk -t$(( connections < 2 ? 1 : 2 )) -c"$connections" -d"${DURATION}s" --timeout 10s -s "benchmarks/wrk/$script" "$URL" -- "$@" | grep '^RESULT')
  read -r _ requests seconds rps p50 p99 non2xx socket p95 <<< "$out"
  printf '%-48s %9s req/s  p50 %7s ms  p95 %7s ms  p99 %7s ms  non-2xx %s  socket errors %s\n' "$label" "$rps" "$p50" "$p95" "$p99" "$non2xx" "$socket"
  echo "$label|$connections|$rps|$p50|$p95|$p99|$((non2xx + socket))" >> "$RESULTS"
}
get_round() { # label path [token]
  wrk_round "$1" 32 get.lua "$2" ${3:+"$3"}
}
pgbench_round() { # clients script defines... ; prints transactions per second (none on H2)
  local clients=$1 script=$2; shift 2
  [ "$DATABASE" = h2 ] && { echo 0; return; }
  pgbench -h 127.0.0.1 -U postgres -n -c "$clients" -j 2 -T "$DURATION" -f "benchmarks/pgbench/$script" "$@" "$DB" 2> /dev/null \
    | sed -n 's/^tps = \([0-9.]*\) .*/\1/p' | head -1
}
ceiling() { # name tps: attaches PostgreSQL's figure to the last round
  [ "$2" = 0 ] && return
  sed -i '$ s/$/|'"$1"'|'"$2"'/' "$RESULTS"
}
vote_check() { # since: posts whose stored count differs from their votes, among those voted for since then
  sql "select count(*), count(distinct member_id) from votes
       where created_at >= '$1' and member_id < 1000000000" | sed 's/|/ new votes by /; s/$/ members/' >&2
  sql "select count(*) from posts p where p.id in (select distinct post_id from votes where created_at >= '$1')
       and p.vote_count <> (select count(*) from votes v where v.post_id = p.id)"
}
now() { sql "select now()"; }
mismatches=0

echo "== Warming up (JIT) =="
# Signed-out reads are answered by the signed-out cache before Spring MVC runs, so they warm
# nothing behind it: the signed-in rounds warm the whole pipeline (the board API signed in
# answered 1,000-1,800/s in its first 15 s and 4,000-6,500/s from the second round on, 10,000
# posts). The vote rounds warm the vote path.
wrk -t2 -c64 -d15s -s benchmarks/wrk/get.lua $URL -- "/api/v1/products/aurora-os/posts?sort=top" > /dev/null
wrk -t2 -c64 -d30s -s benchmarks/wrk/get.lua $URL -- "/api/v1/products/aurora-os/posts?sort=top" flp_gen_300002 > /dev/null
wrk -t2 -c64 -d15s -s benchmarks/wrk/get.lua $URL -- "/products/aurora-os" > /dev/null
wrk -t2 -c64 -d15s -s benchmarks/wrk/get.lua $URL -- "/posts/$big_thread" flp_gen_300002 > /dev/null
wrk -t2 -c64 -d10s -s benchmarks/wrk/vote.lua $URL -- 300001 400000 "$first_post" "$last_post" 2 0 > /dev/null

echo "== Boards and posts (32 connections) =="
get_round "board API, top" "/api/v1/products/aurora-os/posts?sort=top"
ceiling "top-20 query" "$(pgbench_round 32 top.sql -D first_product="$first_product" -D last_product="$last_product")"
get_round "board API, top, signed in (never kept)" "/api/v1/products/aurora-os/posts?sort=top" flp_gen_300001
get_round "board API, trending" "/api/v1/products/aurora-os/posts?sort=trending"
get_round "board API, top, status planned" "/api/v1/products/aurora-os/posts?sort=top&status=planned"
cursor=""
for _ in $(seq 1 50); do
  cursor=$(curl -sf "$URL/api/v1/products/aurora-os/posts?sort=top${cursor:+&cursor=$cursor}" | sed -n 's/.*"nextCursor":"\([^"]*\)".*/\1/p')
done
get_round "board API, top, page 51 (cursor)" "/api/v1/products/aurora-os/posts?sort=top&cursor=$cursor"
get_round "board page (HTML), top" "/products/aurora-os?sort=top"
get_round "board page (HTML), trending" "/products/aurora-os?sort=trending"
get_round "post page (HTML), 500 comments" "/posts/$big_thread"
get_round "post API" "/api/v1/posts/$big_thread"
get_round "search API, \"battery saver\", one product" "/api/v1/search?q=battery%20saver&product=aurora-os"
get_round "search API, 深色模式 (Chinese), every product" "/api/v1/search?q=%E6%B7%B1%E8%89%B2%E6%A8%A1%E5%BC%8F"
# Interactive latency: one member typing (the call's own latency), then a few at once (on two
# cores, four connections and wrk's threads already queue for the processors).
wrk_round "similar posts API, a typed title, one product" 1 get.lua "/api/v1/products/aurora-os/similar?q=Battery%20saver%20mode%20drains%20the%20battery%20overnight"
wrk_round "search API, \"battery saver\", one product" 1 get.lua "/api/v1/search?q=battery%20saver&product=aurora-os"
wrk_round "search API, \"battery saver\", one product" 4 get.lua "/api/v1/search?q=battery%20saver&product=aurora-os"
wrk_round "similar posts API, a typed title, one product" 4 get.lua "/api/v1/products/aurora-os/similar?q=Battery%20saver%20mode%20drains%20the%20battery%20overnight"
wrk_round "similar posts API, 深色模式太亮 (Chinese)" 4 get.lua "/api/v1/products/aurora-os/similar?q=%E6%B7%B1%E8%89%B2%E6%A8%A1%E5%BC%8F%E5%A4%AA%E4%BA%AE"
get_round "similar posts API, a typed title, one product" "/api/v1/products/aurora-os/similar?q=Battery%20saver%20mode%20drains%20the%20battery%20overnight"

echo "== Votes (256 connections) =="
spread_ceiling=$(pgbench_round 32 vote.sql -D lo="$first_post" -D hi="$last_post")
hot_ceiling=$(pgbench_round 32 vote.sql -D lo="$hot" -D hi="$hot")
since=$(now)
wrk_round "votes spread over all posts, first requests" 256 vote.lua 1 100000 "$first_post" "$last_post" 2 1
ceiling "vote, spread" "$spread_ceiling"
mismatches=$((mismatches + $(vote_check "$since")))
# The same members at once again, for other posts: their tokens are known to the node now.
since=$(now)
wrk_round "votes spread over all posts, tokens cached" 256 vote.lua 1 100000 "$first_post" "$last_post" 2 2
ceiling "vote, spread" "$spread_ceiling"
mismatches=$((mismatches + $(vote_check "$since")))
since=$(now)
wrk_round "storm on one post, first requests" 256 vote.lua 100001 200000 "$hot" "$hot" 2 3
ceiling "vote, one hot row" "$hot_ceiling"
mismatches=$((mismatches + $(vote_check "$since")))
# PostgreSQL's own votes go again, with their counts.
[ "$DATABASE" = h2 ] || sql "with removed as (delete from votes where member_id >= 1000000000 returning post_id),
       counted as (select post_id, count(*) n from removed group by post_id)
     update posts p set vote_count = p.vote_count - c.n,
       trending = ln(1 + p.vote_count - c.n) / ln(2) + extract(epoch from p.created_at) / 604800.0
     from counted c where p.id = c.post_id" > /dev/null

echo "== Posting (32 connections) =="
wrk_round "new posts" 32 post.lua 200001 aurora-os 2

echo "== Publishing a beta to the voters of posts with 100,000 votes (at most 500 posts, as a build allows) =="
staff_token=$(curl -sf -XPOST $URL/api/v1/tokens -H 'Content-Type: application/json' \
  -d '{"username":"staff1","password":"generated-password","name":"benchmark"}' | sed 's/.*"token":"\([^"]*\)".*/\1/')
post_ids=$(sql "select id from (
  select id, sum(vote_count) over (order by vote_count desc, id) - vote_count as before from posts
  where product_id = $product and status in ('open', 'under_review', 'planned')
  order by vote_count desc, id limit 500) x where before < 100000" | paste -sd,)
voters=$(sql "select count(distinct member_id) from votes where post_id in ($post_ids)")
build=$(curl -sf -XPOST $URL/api/v1/products/aurora-os/builds -H "Authorization: Bearer $staff_token" \
  -H 'Content-Type: application/json' \
  -d "{\"version\":\"9.$(date +%s).0-beta.1\",\"channel\":\"beta\",\"notes\":\"Benchmark\",\"posts\":[$post_ids]}" \
  | sed 's/^{"id":\([0-9]*\).*/\1/')
started=$(date +%s%N)
curl -sf -o /dev/null -XPOST $URL/api/v1/builds/$build/publish -H "Authorization: Bearer $staff_token"
publish_ms=$(( ($(date +%s%N) - started) / 1000000 ))
for _ in $(seq 1 600); do
  [ "$(sql "select count(*) from fanouts where build_id = $build and finished_at is null")" = 0 ] && break
  sleep 1
done
notified_seconds=$(printf '%.1f' "$(sql "select extract(epoch from max(f.finished_at)) - extract(epoch from b.published_at)
  from fanouts f join builds b on b.id = f.build_id where f.build_id = $build group by b.published_at")")
notified=$(sql "select count(*) from notifications where build_id = $build")
echo "publish request ${publish_ms} ms; $notified of $voters voters and followers notified after ${notified_seconds} s"

# 4. The stored counts, and the report.
echo "posts whose stored count differs from their votes after the vote rounds: $mismatches"
commit=$(git rev-parse --short HEAD)
cpu=$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)
memory=$(free -g | awk '/^Mem:/ {print $2}')
sizes=$(sql "select (select count(*) from posts), (select count(*) from votes), (select count(*) from members),
  (select count(*) from comments)" | awk -F'|' '{printf "%d posts, %d votes, %d members, %d comments", $1, $2, $3, $4}')
{
  echo
  echo "## $(date -u +%Y-%m-%d) · $POSTS posts · $DATABASE · commit $commit"
  echo
  echo "$(nproc) cores ($cpu), ${memory} GiB, $database_name, Fanloop heap $HEAP, wrk 2 threads;"
  echo "$sizes (seed $SEED); generated in ${load_seconds} s; search index of $indexed posts built in ${index_seconds} s (meanings: $MEANINGS). Rounds of ${DURATION} s."
  echo "Signed-out board API pages are kept a second per node (README, decisions); the signed-in round is never kept."
  echo "PostgreSQL alone: pgbench, 32 clients, the same statements, one transaction per vote. Vote rounds: 100,000"
  echo "members each, every request by a member whose token was not used before (\"first requests\"), or used"
  echo "in the round before (\"tokens cached\")."
  echo
  echo "| scenario | connections | requests/s | p50 ms | p95 ms | p99 ms | errors | PostgreSQL alone | Fanloop's share |"
  echo "|---|---|---|---|---|---|---|---|---|"
  while IFS='|' read -r label connections rps p50 p95 p99 errors ceiling_label ceiling_rps; do
    if [ -n "${ceiling_rps:-}" ]; then
      share=$(echo "scale=0; 100 * $rps / $ceiling_rps" | bc)
      printf '| %s | %s | %.0f | %s | %s | %s | %s | %s %.0f/s | %s %% |\n' "$label" "$connections" "$rps" "$p50" "$p95" "$p99" "$errors" "$ceiling_label" "$ceiling_rps" "$share"
    else
      printf '| %s | %s | %.0f | %s | %s | %s | %s | | |\n' "$label" "$connections" "$rps" "$p50" "$p95" "$p99" "$errors"
    fi
  done < "$RESULTS"
  echo "| publishing a beta to $voters voters (until everybody is notified) | 1 | | ${publish_ms} ms (the request) | | ${notified_seconds} s (everybody) | | | |"
  echo
  echo "Posts whose stored count differs from their votes after the vote rounds: $mismatches."
  if [ "$spread_ceiling" != 0 ]; then
    echo "The storm against the spread ceiling: $(echo "scale=0; 100 * $(sed -n 's/^storm[^|]*|[^|]*|\([^|]*\)|.*/\1/p' "$RESULTS") / $spread_ceiling" | bc) %."
  fi
} | tee -a BENCHMARKS.md
