# Shared by bench/run.sh, bench/startup.sh and bench/lighthouse.sh (sourced, not run). Bash, 127.0.0.1 only.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$ROOT/target/ucdhcp.jar
IMAGE_DIR=$ROOT/target/bench/image
JDK25=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
APP_PID=
APP_LOG=

# bounded SECONDS "$@" (the script's own arguments): runs the calling script again under timeout, once, so no run
# outlives its bound; then the traps that stop the app it starts, however it ends.
bounded() {
	local limit=$1
	shift
	if [[ -z ${UCDHCP_BENCH_BOUNDED:-} ]]; then
		export UCDHCP_BENCH_BOUNDED=1
		exec timeout --kill-after=10 "$limit" "$0" "$@"
	fi
	trap stop_app EXIT
	trap 'exit 130' INT TERM
}

die() {
	echo "bench: $*" >&2
	exit 1
}

# The pod's memory limit (deploy/kubernetes/deployment.yaml, "512Mi") as a -XX:MaxRAM value ("512m"): the JVM
# sizes its heap from it as it would from the container's cgroup limit.
pod_max_ram() {
	awk '/limits:/ { limits = 1 } limits && /memory:/ { sub(/Mi$/, "m", $2); print $2; exit }' \
		"$ROOT/deploy/kubernetes/deployment.yaml"
}

now_ms() { echo $(($(date +%s%N) / 1000000)); }

# A free TCP port on 127.0.0.1: random in 20000-59999, refused connection = nobody listens.
free_port() {
	local port i
	for i in $(seq 1 50); do
		port=$((20000 + RANDOM % 40000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return
		fi
	done
	die "no free port found"
}

ensure_jar() {
	if [[ ! -f $JAR ]]; then
		echo "bench: building $JAR" >&2
		(cd "$ROOT" && ./mvnw -q -B -DskipTests package) >&2
	fi
}

# Replays the Dockerfile's runtime RUN steps into $IMAGE_DIR, reading them from the Dockerfile so the
# two cannot drift: extract the jar, copy jvm.options + healthcheck.sh, AOT training run on JDK 25.
# Reuses the result while it is newer than the jar, the Dockerfile and jvm.options.
prepare_image() {
	local java=$1 extract train
	if [[ -f $IMAGE_DIR/app.aot && $IMAGE_DIR/app.aot -nt $JAR && $IMAGE_DIR/app.aot -nt $ROOT/Dockerfile &&
		$IMAGE_DIR/app.aot -nt $ROOT/deploy/jvm.options ]]; then
		return
	fi
	extract=$(grep -E '^RUN java -Djarmode=tools' "$ROOT/Dockerfile" | sed -E 's/^RUN java //; s/ && rm .*$//')
	train=$(grep -E '^RUN java .*AOTCacheOutput' "$ROOT/Dockerfile" | sed -E 's/^RUN java //')
	[[ -n $extract && -n $train ]] || die "Dockerfile has no extract / training RUN line"
	rm -rf "$IMAGE_DIR"
	mkdir -p "$IMAGE_DIR"
	extract=${extract//\/tmp\/ucdhcp.jar/$JAR}
	extract=${extract//--destination \/app/--destination $IMAGE_DIR}
	echo "bench: [Dockerfile] java $extract" >&2
	# shellcheck disable=SC2086 # word splitting of the Dockerfile's arguments is intended
	timeout 120 "$java" $extract >&2
	cp "$ROOT/deploy/jvm.options" "$ROOT/deploy/healthcheck.sh" "$IMAGE_DIR/"
	echo "bench: [Dockerfile] java $train" >&2
	# shellcheck disable=SC2086
	(cd "$IMAGE_DIR" && timeout 300 "$java" $train >"$IMAGE_DIR/training.log" 2>&1) ||
		{ tail -20 "$IMAGE_DIR/training.log" >&2; die "AOT training run failed"; }
	[[ -f $IMAGE_DIR/app.aot ]] || die "training run wrote no app.aot"
}

# The ENTRYPOINT's arguments after "java", one per line, from the Dockerfile's exec form.
entrypoint_args() {
	grep -E '^ENTRYPOINT \[' "$ROOT/Dockerfile" | sed -E 's/^ENTRYPOINT \[//; s/\]$//' | tr ',' '\n' |
		sed -E 's/^ *"//; s/" *$//' | tail -n +2
}

# start_app DIR PORT JAVA ARGS... : starts the JVM in DIR, records APP_PID, APP_START_MS and MANAGEMENT_PORT
# (health and info are served there, on a port of their own).
start_app() {
	local dir=$1 port=$2 java=$3
	shift 3
	APP_LOG=$(mktemp "${TMPDIR:-/tmp}/ucdhcp-bench.XXXXXX")
	APP_START_MS=$(now_ms)
	MANAGEMENT_PORT=$(free_port)
	(cd "$dir" && MALLOC_ARENA_MAX=2 PORT=$port MANAGEMENT_PORT=$MANAGEMENT_PORT UCDHCP_BASE_URL="http://127.0.0.1:$port" exec "$java" "$@" \
		--server.address=127.0.0.1 >"$APP_LOG" 2>&1) &
	APP_PID=$!
}

stop_app() {
	if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
		kill "$APP_PID" 2>/dev/null || true
		for _ in $(seq 1 100); do
			kill -0 "$APP_PID" 2>/dev/null || break
			sleep 0.1
		done
		kill -9 "$APP_PID" 2>/dev/null || true
		wait "$APP_PID" 2>/dev/null || true
	fi
	APP_PID=
	[[ -n $APP_LOG ]] && rm -f "$APP_LOG"
	APP_LOG=
}

# Polls URL until it answers 200; prints milliseconds since APP_START_MS. Bounded by SECONDS_MAX.
wait_for_200() {
	local url=$1 seconds_max=${2:-60} deadline code
	deadline=$(($(now_ms) + seconds_max * 1000))
	while (($(now_ms) < deadline)); do
		code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)
		if [[ $code == 200 ]]; then
			echo $(($(now_ms) - APP_START_MS))
			return
		fi
		kill -0 "$APP_PID" 2>/dev/null || { cat "$APP_LOG" >&2; die "the JVM exited before answering $url"; }
		sleep 0.05
	done
	tail -30 "$APP_LOG" >&2
	die "no 200 from $url within ${seconds_max}s"
}

# CPU time (user + system, ms) the process has used so far: less sensitive to a busy machine than wall time.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$1/stat"; }

rss_mb() { awk '/^VmRSS:/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
