#!/usr/bin/env bash
# Replays the Dockerfile's run steps without Docker and measures JVM start -> first HTTP 200:
#   1. extract the jar and make the AOT cache exactly as the Dockerfile's RUN lines do (JDK 25),
#   2. start the app N times each as: fat jar, extracted jar, extracted jar + AOT cache (= ENTRYPOINT),
#   3. run the image's HEALTHCHECK script against the ENTRYPOINT variant,
#   4. start the extracted jar once on the default java (17) too: the app must run on both.
# Usage: bench/startup.sh [--runs N] [--path /url]   (bounded: the whole script stops after 15 min)
set -euo pipefail
source "$(dirname "$0")/lib.sh"
bounded 900 "$@"

runs=5
path=${STARTUP_PATH:-/?pool=lync.schertz.local}
while (($#)); do
	case $1 in
	--runs) runs=$2; shift 2 ;;
	--path) path=$2; shift 2 ;;
	*) die "usage: $0 [--runs N] [--path /url]" ;;
	esac
done

java25=$JDK25/bin/java
[[ -x $java25 ]] || die "JDK 25 not found at $JDK25 (set JDK25_HOME)"
ensure_jar
prepare_image "$java25"
mapfile -t entry < <(entrypoint_args)
echo "ENTRYPOINT: java ${entry[*]}"
# what the pod's memory limit and 2 CPUs do to JVM ergonomics (heap size, GC choice)
container=(-XX:MaxRAM="$(pod_max_ram)" -XX:ActiveProcessorCount=2)

# measure NAME DIR JAVA ARGS... : N starts, prints the median start -> first 200 in ms
measure() {
	local name=$1 dir=$2 java=$3 port ms walls=() cpus=()
	shift 3
	for _ in $(seq 1 "$runs"); do
		port=$(free_port)
		start_app "$dir" "$port" "$java" "$@"
		ms=$(wait_for_200 "http://127.0.0.1:$port$path" 60)
		walls+=("$ms")
		cpus+=("$(cpu_ms "$APP_PID")")
		stop_app
	done
	printf '%-42s %6d ms wall %6d ms CPU   (wall: %s)\n' "$name" "$(printf '%s\n' "${walls[@]}" | median)" \
		"$(printf '%s\n' "${cpus[@]}" | median)" "${walls[*]}"
}

echo "JVM start -> first 200 on $path, $runs runs each, $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
measure "JDK 25 fat jar" "$ROOT" "$java25" "${container[@]}" @deploy/jvm.options -jar "$JAR"
measure "JDK 25 extracted, no AOT cache" "$IMAGE_DIR" "$java25" "${container[@]}" @jvm.options -jar ucdhcp.jar
measure "JDK 25 extracted + AOT cache (ENTRYPOINT)" "$IMAGE_DIR" "$java25" "${container[@]}" "${entry[@]}"

port=$(free_port)
start_app "$IMAGE_DIR" "$port" "$java25" "-Xlog:aot=info" "${container[@]}" "${entry[@]}"
wait_for_200 "http://127.0.0.1:$MANAGEMENT_PORT/actuator/health/readiness" 60 >/dev/null
if grep -qiE 'AOT cache.*(not|disabled|fail|mismatch)|Unable to use AOT' "$APP_LOG"; then
	grep -iE 'aot' "$APP_LOG" | head -5 >&2
	die "the JVM did not use the AOT cache"
fi
MANAGEMENT_PORT=$MANAGEMENT_PORT bash "$IMAGE_DIR/healthcheck.sh" || die "HEALTHCHECK script failed against a ready app"
echo "HEALTHCHECK (deploy/healthcheck.sh): ok"
stop_app
if MANAGEMENT_PORT=$MANAGEMENT_PORT bash "$IMAGE_DIR/healthcheck.sh" 2>/dev/null; then die "HEALTHCHECK passed with no app running"; fi

java17=$(command -v java)
if [[ $("$java17" -version 2>&1) == *'"17.'* ]]; then
	measure "JDK 17 ($java17) extracted" "$IMAGE_DIR" "$java17" @jvm.options -jar ucdhcp.jar
	# no flags at all: what `java -jar target/ucdhcp.jar` gives someone without the image (goal: < 2.5 s)
	measure "JDK 17 fat jar, no flags" "$ROOT" "$java17" -jar "$JAR"
fi
