#!/usr/bin/env bash
# Load benchmark, 127.0.0.1 only. Starts the app as the container image runs it (bench/startup.sh's
# replay of the Dockerfile: extracted jar + AOT cache on JDK 25, deploy/jvm.options, the pod's memory
# limit from deploy/kubernetes/deployment.yaml emulated with -XX:MaxRAM), warms the JIT with a mix of all routes, then measures each route with
# wrk in interleaved rounds and prints requests/s, p50 and p99 latency, and each route's requests/s as a
# ratio to a static asset served by the same JVM in the same round. Also: JVM start -> first 200 and RSS.
# Routes: /api/v1/options, /api/v1/config/kea, the page / for one permalink (render-cache hits after the first
# request), and page-new / options-new for a pool name never asked before (bench/unique.lua: the full render);
# options-sites-new / kea-sites-new: the same with 50 branch sites in one request (sites=, the full render).
#
# Usage: bench/run.sh [--warmup S] [--duration S] [--rounds N] [--connections N] [--fat-jar] [--smoke]
#                     [--no-render-cache]   (ucdhcp.render-cache.enabled=false: every request renders)
#   defaults: --warmup 60 --duration 10 --rounds 3 --connections 16; --smoke = 2 s everything, 1 round.
# Targets (checked, exit 3 if missed): options API >= 0.8x static, full page >= 0.5x static (0.4x with
# --no-render-cache, where it renders like a never-seen page), a never-seen page (page-new) >= 0.4x and fragment
# (fragment-new) >= 0.5x, RSS right after the last route < 200 MiB (issue 15). Each is printed with ok or MISSED.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bounded 1800 "$@"

warmup=60 duration=10 rounds=3 connections=16 fat_jar=false smoke=false app_args=() page_target=0.5
while (($#)); do
	case $1 in
	--warmup) warmup=$2; shift 2 ;;
	--duration) duration=$2; shift 2 ;;
	--rounds) rounds=$2; shift 2 ;;
	--connections) connections=$2; shift 2 ;;
	--fat-jar) fat_jar=true; shift ;;
	--smoke) smoke=true warmup=2 duration=2 rounds=1; shift ;;
	--no-render-cache) app_args+=(--ucdhcp.render-cache.enabled=false) page_target=0.4; shift ;;
	*) die "usage: $0 [--warmup S] [--duration S] [--rounds N] [--connections N] [--fat-jar] [--smoke]" ;;
	esac
done
command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"

query='pool=lync.schertz.local'
names=(static options kea page page-new fragment-new options-new options-sites-new kea-sites-new doctor)
# 50 branch sites (name,scope,sba per line), URL-encoded; %% because unique.lua's string.format reads the path
sites50=""
for i in $(seq 1 50); do
	sites50+="${sites50:+%%0A}s$i%%2C10.$((i / 256)).$((i % 256)).0%%2F24%%2Csba$i.branch.schertz.local"
done
declare -A route=(
	[static]=${STATIC_PATH:-/icon.svg}
	[options]="/api/v1/options?$query"
	[kea]="/api/v1/config/kea?$query&scope=10.10.20.0%2F24"
	[page]="/?$query&vendor=kea"
	[page-new]="/?pool=lync%d.example.com&vendor=kea"
	[fragment-new]="/?pool=lyncf%d.example.com&vendor=kea"
	[options-new]="/api/v1/options?pool=lync%d.example.com"
	[options-sites-new]="/api/v1/options?pool=lync%d.example.com&sites=$sites50"
	[kea-sites-new]="/api/v1/config/kea?pool=lync%d.example.com&sites=$sites50"
	[doctor]="/api/v1/doctor"
)
# doctor: a dhcpd.conf of about 256 KiB (the doctor's limit) with a subnet and option 120 per branch, POSTed by
# bench/doctor.lua; 2 connections, so the diagnoses queue in the app's own concurrency limit, not in wrk
mkdir -p "$ROOT/target"
doctor_body=$ROOT/target/bench-doctor.conf
{
	printf 'authoritative;\noption ms-uc-sip-server code 120 = string;\n'
	for i in $(seq 1 1560); do
		printf 'subnet 10.%d.%d.0 netmask 255.255.255.0 {\n  range 10.%d.%d.10 10.%d.%d.200;\n' \
			$((i / 256)) $((i % 256)) $((i / 256)) $((i % 256)) $((i / 256)) $((i % 256))
		printf '  option ms-uc-sip-server 00:04:6c:79:6e:63:07:73:63:68:65:72:74:7a:05:6c:6f:63:61:6c:00;\n}\n'
	done
} >"$doctor_body"
(($(stat -c %s "$doctor_body") <= 262144)) || die "the doctor's paste is over 256 KiB"
# *-new: a new pool name per request (bench/unique.lua), so the app's render cache never answers

ensure_jar
java=$JDK25/bin/java
if $fat_jar || [[ ! -x $java ]]; then
	java=$(command -v java)
	cmd=(@deploy/jvm.options -jar "$JAR")
	dir=$ROOT
	how="fat jar"
else
	prepare_image "$java"
	mapfile -t cmd < <(entrypoint_args)
	dir=$IMAGE_DIR
	how="extracted jar + AOT cache (Dockerfile ENTRYPOINT)"
fi
port=$(free_port)
base=http://127.0.0.1:$port
max_ram=$(pod_max_ram)
start_app "$dir" "$port" "$java" -XX:MaxRAM="$max_ram" "${cmd[@]}" "${app_args[@]}"
startup_ms=$(wait_for_200 "$base${route[page]}" 120)
startup_cpu_ms=$(cpu_ms "$APP_PID")

if [[ -z ${STATIC_PATH:-} ]]; then
	route[static]=$(curl -s --max-time 5 "$base/" | grep -oE 'href="/app-[0-9a-f]+\.css"' | head -1 | cut -d'"' -f2)
	[[ -n ${route[static]} ]] || die "no hashed app.css link on the page"
fi
for name in static options kea page; do
	code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$base${route[$name]}")
	[[ $code == 200 ]] || die "$name ${route[$name]} answered $code, not 200"
done

# wrk_run SECONDS PATH [wrk args] -> "req/s p50_ms p99_ms non2xx"
wrk_run() {
	local seconds=$1 path=$2 out
	shift 2
	out=$(timeout $((seconds + 30)) wrk -t1 -c"${WRK_CONNECTIONS:-$connections}" -d"${seconds}s" --timeout 5s --latency "$@" "$base$path")
	awk '
		function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
		$1 == "50.000%" || $1 == "50%" { p50 = ms($2) }
		$1 == "99.000%" || $1 == "99%" { p99 = ms($2) }
		/^Requests\/sec:/ { rps = $2 }
		/Non-2xx or 3xx responses:/ { bad = $NF }
		END { printf "%.0f %.3f %.3f %d\n", rps, p50, p99, bad }' <<<"$out"
}

echo "ucdhcp benchmark $(date -u +%FT%TZ): $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), $how"
echo "java: $("$java" -version 2>&1 | sed -n 2p)"
echo "wrk: 1 thread, $connections connections; warm-up ${warmup}s, $rounds round(s) x ${duration}s per route"
echo "JVM start -> first 200 (${route[page]}): ${startup_ms} ms wall, ${startup_cpu_ms} ms CPU"

paths="${route[static]} ${route[options]} ${route[kea]} ${route[page]}"
BENCH_PATHS=$paths wrk_run "$warmup" / -s "$ROOT/bench/mix.lua" >/dev/null
UNIQUE_PATH=${route[page-new]} wrk_run $((warmup / 4 + 1)) / -s "$ROOT/bench/unique.lua" >/dev/null
UNIQUE_PATH=${route[fragment-new]} wrk_run $((warmup / 8 + 1)) / -H 'HX-Request: true' -s "$ROOT/bench/unique.lua" >/dev/null
UNIQUE_PATH=${route[options-new]} wrk_run $((warmup / 8 + 1)) / -s "$ROOT/bench/unique.lua" >/dev/null
UNIQUE_PATH=${route[options-sites-new]} wrk_run $((warmup / 8 + 1)) / -s "$ROOT/bench/unique.lua" >/dev/null
UNIQUE_PATH=${route[kea-sites-new]} wrk_run $((warmup / 8 + 1)) / -s "$ROOT/bench/unique.lua" >/dev/null
DOCTOR_BODY=$doctor_body WRK_CONNECTIONS=2 wrk_run $((warmup / 8 + 1)) "${route[doctor]}" -s "$ROOT/bench/doctor.lua" >/dev/null
echo "RSS after warm-up: $(rss_mb "$APP_PID") MiB (heap limit from -XX:MaxRAM=$max_ram and deploy/jvm.options)"
((${#app_args[@]} == 0)) || echo "app arguments: ${app_args[*]}"

declare -A rps p50 p99 ratio
for round in $(seq 1 "$rounds"); do
	for name in "${names[@]}"; do
		if [[ $name == fragment-new ]]; then
			read -r r l50 l99 bad < <(UNIQUE_PATH=${route[$name]} wrk_run "$duration" / -H 'HX-Request: true' \
				-s "$ROOT/bench/unique.lua")
		elif [[ $name == doctor ]]; then
			read -r r l50 l99 bad < <(DOCTOR_BODY=$doctor_body WRK_CONNECTIONS=2 wrk_run "$duration" "${route[$name]}" \
				-s "$ROOT/bench/doctor.lua")
		elif [[ $name == *-new ]]; then
			read -r r l50 l99 bad < <(UNIQUE_PATH=${route[$name]} wrk_run "$duration" / -s "$ROOT/bench/unique.lua")
		else
			read -r r l50 l99 bad < <(wrk_run "$duration" "${route[$name]}")
		fi
		((bad == 0)) || die "$name: $bad responses were not 2xx/3xx"
		rps[$name]+="$r " p50[$name]+="$l50 " p99[$name]+="$l99 "
	done
done
# ratio per round: each route against the static asset measured in the same round
for name in "${names[@]}"; do
	read -ra s <<<"${rps[static]}"
	read -ra r <<<"${rps[$name]}"
	ratio[$name]=""
	for i in "${!r[@]}"; do ratio[$name]+="$(awk -v a="${r[$i]}" -v b="${s[$i]}" 'BEGIN { printf "%.3f", a / b }') "; done
done

med() { tr ' ' '\n' | grep -v '^$' | median; }
printf '\n%-17s %-62s %9s %8s %8s %9s\n' route path 'req/s' 'p50 ms' 'p99 ms' 'x static'
for name in "${names[@]}"; do
	shown=${route[$name]}
	[[ $shown != *sites=* ]] || shown="${shown:0:50}…(50 sites)"
	[[ $name != doctor ]] || shown="POST $shown ($(($(stat -c %s "$doctor_body") / 1024)) KiB dhcpd.conf)"
	printf '%-17s %-62s %9.0f %8.2f %8.2f %9.2f\n' "$name" "$shown" "$(med <<<"${rps[$name]}")" \
		"$(med <<<"${p50[$name]}")" "$(med <<<"${p99[$name]}")" "$(med <<<"${ratio[$name]}")"
done
echo "(medians over $rounds round(s); ratio = route req/s / static req/s in the same round)"
rss_end=$(rss_mb "$APP_PID")
echo "RSS at the end: $rss_end MiB"

if ! $smoke; then
	options_ratio=$(med <<<"${ratio[options]}")
	page_ratio=$(med <<<"${ratio[page]}")
	new_ratio=$(med <<<"${ratio[page-new]}")
	fragment_ratio=$(med <<<"${ratio[fragment-new]}")
	verdict=$(awk -v o="$options_ratio" -v p="$page_ratio" -v pt="$page_target" -v n="$new_ratio" \
		-v f="$fragment_ratio" -v r="$rss_end" 'function check(name, value, ok, target) {
			printf "%s%s %s (%s)", (count++ ? ", " : ""), name, value, target (ok ? " ok" : " MISSED") }
		BEGIN { check("options", o "x", o >= 0.8, ">= 0.8"); check("page", p "x", p >= pt, ">= " pt)
			check("page-new", n "x", n >= 0.4, ">= 0.4"); check("fragment-new", f "x", f >= 0.5, ">= 0.5")
			check("RSS at the end", r " MiB", r < 200, "< 200") }')
	[[ $verdict != *MISSED* ]] || { echo "TARGET MISSED: $verdict"; exit 3; }
	echo "targets met: $verdict"
fi
