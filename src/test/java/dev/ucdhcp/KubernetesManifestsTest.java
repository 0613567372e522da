package dev.ucdhcp;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offline check of deploy/kubernetes: each object has the apiVersion, kind and required
 * fields the API server demands, and the objects agree with each other and with the
 * application (probe paths, ports, labels, shutdown timing). No cluster needed.
 */
class KubernetesManifestsTest {

	private static final Path DIR = Path.of("deploy/kubernetes");

	private static final Map<String, Map<String, Object>> BY_KIND = new LinkedHashMap<>();

	@BeforeAll
	static void load() throws IOException {
		Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
		for (String file : List.of("deployment.yaml", "service.yaml", "hpa.yaml", "pdb.yaml")) {
			try (InputStream in = Files.newInputStream(DIR.resolve(file))) {
				for (Object document : yaml.loadAll(in)) {
					Map<String, Object> object = asMap(document, file);
					assertThat(BY_KIND.put(string(object, "kind"), object)).as("one object per kind").isNull();
				}
			}
		}
	}

	@Test
	void everyObjectHasTheApiVersionItsKindNeedsAndAName() {
		Map<String, String> apiVersions = Map.of("Deployment", "apps/v1", "Service", "v1", "HorizontalPodAutoscaler",
				"autoscaling/v2", "PodDisruptionBudget", "policy/v1");
		assertThat(BY_KIND.keySet()).containsExactlyInAnyOrderElementsOf(apiVersions.keySet());
		BY_KIND.forEach((kind, object) -> {
			assertThat(string(object, "apiVersion")).as(kind).isEqualTo(apiVersions.get(kind));
			assertThat(string(object, "metadata", "name")).as(kind).matches("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
			assertThat(map(object, "spec")).as(kind + " spec").isNotEmpty();
		});
	}

	@Test
	void kustomizationListsEveryManifest() throws IOException {
		Map<String, Object> kustomization = asMap(new Yaml(new SafeConstructor(new LoaderOptions()))
			.load(Files.readString(DIR.resolve("kustomization.yaml"))), "kustomization.yaml");
		assertThat(list(kustomization, "resources")).containsExactlyInAnyOrder((Object) "deployment.yaml",
				"service.yaml", "hpa.yaml", "pdb.yaml");
	}

	@Test
	void deploymentRunsAtLeastTwoReplicasSelectedByItsOwnPodLabels() {
		Map<String, Object> deployment = BY_KIND.get("Deployment");
		assertThat(integer(deployment, "spec", "replicas")).isGreaterThanOrEqualTo(2);
		assertThat(podLabels()).containsAllEntriesOf(stringMap(deployment, "spec", "selector", "matchLabels"));
		assertThat(string(deployment, "spec", "strategy", "rollingUpdate", "maxUnavailable")).isEqualTo("0");
	}

	@Test
	void probesUseTheActuatorHealthGroupsOnTheContainerPort() {
		Map<String, Object> container = container();
		assertThat(string(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		assertThat(string(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
		assertThat(string(container, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
		for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
			Object port = map(container, probe, "httpGet").get("port");
			assertThat(refersToContainerPort(port)).as(probe).isTrue();
			assertThat(port).as(probe + " on the management port").isEqualTo("management");
		}
	}

	@Test
	void managementPortIsTheOneTheApplicationServesHealthOnAndNoServiceExposesIt() throws IOException {
		Map<String, Object> env = new LinkedHashMap<>();
		maps(container(), "env").forEach((e) -> env.put((String) e.get("name"), e.get("value")));
		Map<String, Object> management = maps(container(), "ports").stream()
			.filter((p) -> "management".equals(p.get("name")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no container port named management"));
		assertThat(env.get("MANAGEMENT_PORT")).isEqualTo(String.valueOf(management.get("containerPort")));
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
			properties.load(in);
		}
		assertThat(properties.getProperty("management.server.port")).isEqualTo("${MANAGEMENT_PORT:8081}");
		assertThat(maps(BY_KIND.get("Service"), "spec", "ports")).noneSatisfy(
				(port) -> assertThat(port.get("targetPort")).isIn("management", management.get("containerPort")));
	}

	@Test
	void containerRunsAsNonRootOnAReadOnlyRootWithAWritableTmp() {
		Map<String, Object> pod = map(BY_KIND.get("Deployment"), "spec", "template", "spec");
		Map<String, Object> security = map(container(), "securityContext");
		assertThat(security.get("runAsNonRoot")).isEqualTo(true);
		assertThat(security.get("readOnlyRootFilesystem")).isEqualTo(true);
		assertThat(security.get("allowPrivilegeEscalation")).isEqualTo(false);
		assertThat(list(security, "capabilities", "drop")).contains("ALL");
		assertThat(integer(pod, "securityContext", "runAsUser")).isPositive();
		assertThat(map(pod, "securityContext").get("runAsNonRoot")).isEqualTo(true);
		List<Map<String, Object>> mounts = maps(container(), "volumeMounts");
		Map<String, Object> tmp = mounts.stream()
			.filter((m) -> "/tmp".equals(m.get("mountPath")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no volume mounted at /tmp"));
		assertThat(maps(pod, "volumes")).anySatisfy((volume) -> {
			assertThat(volume.get("name")).isEqualTo(tmp.get("name"));
			assertThat(volume).containsKey("emptyDir");
		});
	}

	@Test
	void resourcesRequestNoMoreThanTheirLimits() {
		Map<String, Object> resources = map(container(), "resources");
		for (String resource : List.of("cpu", "memory")) {
			BigDecimal request = quantity(string(resources, "requests", resource));
			BigDecimal limit = quantity(string(resources, "limits", resource));
			assertThat(request).as(resource).isPositive().isLessThanOrEqualTo(limit);
		}
	}

	@Test
	void serviceSendsTrafficToTheContainerPortOfTheDeploymentsPods() {
		Map<String, Object> service = BY_KIND.get("Service");
		assertThat(podLabels()).containsAllEntriesOf(stringMap(service, "spec", "selector"));
		List<Map<String, Object>> ports = maps(service, "spec", "ports");
		assertThat(ports).isNotEmpty().allSatisfy((port) -> {
			assertThat(port.get("port")).isInstanceOf(Integer.class);
			assertThat(refersToContainerPort(port.get("targetPort"))).as("targetPort " + port.get("targetPort"))
				.isTrue();
		});
	}

	@Test
	void containerPortIsThePortTheApplicationListensOn() {
		Map<String, Object> env = new LinkedHashMap<>();
		maps(container(), "env").forEach((e) -> env.put((String) e.get("name"), e.get("value")));
		int containerPort = integer(maps(container(), "ports").get(0), "containerPort");
		assertThat(env.get("PORT")).isEqualTo(String.valueOf(containerPort));
		assertThat(env).containsKey("UCDHCP_BASE_URL");
	}

	@Test
	void autoscalerScalesTheDeploymentFromAtLeastTwoReplicas() {
		Map<String, Object> hpa = BY_KIND.get("HorizontalPodAutoscaler");
		Map<String, Object> deployment = BY_KIND.get("Deployment");
		Map<String, Object> target = map(hpa, "spec", "scaleTargetRef");
		assertThat(target.get("apiVersion")).isEqualTo(deployment.get("apiVersion"));
		assertThat(target.get("kind")).isEqualTo("Deployment");
		assertThat(target.get("name")).isEqualTo(string(deployment, "metadata", "name"));
		int min = integer(hpa, "spec", "minReplicas");
		assertThat(min).isGreaterThanOrEqualTo(2);
		assertThat(integer(hpa, "spec", "maxReplicas")).isGreaterThan(min);
		assertThat(maps(hpa, "spec", "metrics")).isNotEmpty()
			.allSatisfy((metric) -> assertThat(metric.get("type")).isEqualTo("Resource"));
		// utilization is measured against requests: without a CPU request the HPA cannot
		// act
		assertThat(map(container(), "resources", "requests")).containsKey("cpu");
	}

	@Test
	void disruptionBudgetSelectsTheDeploymentsPodsAndLeavesRoomToDrain() {
		Map<String, Object> pdb = BY_KIND.get("PodDisruptionBudget");
		Map<String, String> selector = stringMap(pdb, "spec", "selector", "matchLabels");
		assertThat(selector).isNotEmpty();
		assertThat(podLabels()).containsAllEntriesOf(selector);
		assertThat(integer(pdb, "spec", "minAvailable")).isPositive()
			.isLessThan(integer(BY_KIND.get("Deployment"), "spec", "replicas"));
	}

	@Test
	void gracePeriodCoversPreStopAndSpringShutdown() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
			properties.load(in);
		}
		assertThat(properties.getProperty("server.shutdown")).isEqualTo("graceful");
		Duration springShutdown = DurationStyle
			.detectAndParse(properties.getProperty("spring.lifecycle.timeout-per-shutdown-phase"));
		List<Object> preStop = list(container(), "lifecycle", "preStop", "exec", "command");
		assertThat(preStop.get(0)).isEqualTo("sleep");
		long preStopSeconds = Long.parseLong((String) preStop.get(1));
		long grace = integer(BY_KIND.get("Deployment"), "spec", "template", "spec", "terminationGracePeriodSeconds");
		assertThat(grace).isGreaterThan(preStopSeconds + springShutdown.toSeconds());
	}

	private static Map<String, Object> container() {
		List<Map<String, Object>> containers = maps(BY_KIND.get("Deployment"), "spec", "template", "spec",
				"containers");
		assertThat(containers).hasSize(1);
		Map<String, Object> container = containers.get(0);
		assertThat(string(container, "name")).isNotBlank();
		assertThat(string(container, "image")).isNotBlank();
		return container;
	}

	private static Map<String, String> podLabels() {
		return stringMap(BY_KIND.get("Deployment"), "spec", "template", "metadata", "labels");
	}

	/** A port given by number or by name matches one of the container's ports. */
	private static boolean refersToContainerPort(Object port) {
		return maps(container(), "ports").stream()
			.anyMatch((p) -> port != null && (port.equals(p.get("containerPort")) || port.equals(p.get("name"))));
	}

	/** Kubernetes quantities as plain numbers: 250m, 2, 384Mi, 1Gi, 512M. */
	static BigDecimal quantity(String text) {
		Map<String, BigDecimal> suffixes = Map.of("m", new BigDecimal("0.001"), "Ki", BigDecimal.valueOf(1L << 10),
				"Mi", BigDecimal.valueOf(1L << 20), "Gi", BigDecimal.valueOf(1L << 30), "k", BigDecimal.valueOf(1_000L),
				"M", BigDecimal.valueOf(1_000_000L), "G", BigDecimal.valueOf(1_000_000_000L));
		for (String suffix : Set.of("Ki", "Mi", "Gi", "m", "k", "M", "G")) {
			if (text.endsWith(suffix)) {
				return new BigDecimal(text.substring(0, text.length() - suffix.length()))
					.multiply(suffixes.get(suffix));
			}
		}
		return new BigDecimal(text);
	}

	private static Object at(Map<String, Object> root, String... path) {
		Object node = root;
		List<String> walked = new ArrayList<>();
		for (String key : path) {
			walked.add(key);
			assertThat(node).as(String.join(".", walked)).isInstanceOf(Map.class);
			node = ((Map<?, ?>) node).get(key);
			assertThat(node).as("required field " + String.join(".", walked)).isNotNull();
		}
		return node;
	}

	private static Map<String, Object> map(Map<String, Object> root, String... path) {
		return asMap(at(root, path), String.join(".", path));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object node, String what) {
		assertThat(node).as(what).isInstanceOf(Map.class);
		return (Map<String, Object>) node;
	}

	private static Map<String, String> stringMap(Map<String, Object> root, String... path) {
		Map<String, String> strings = new LinkedHashMap<>();
		map(root, path).forEach((key, value) -> {
			assertThat(value).as(key).isInstanceOf(String.class);
			strings.put(key, (String) value);
		});
		return strings;
	}

	private static List<Object> list(Map<String, Object> root, String... path) {
		Object node = at(root, path);
		assertThat(node).as(String.join(".", path)).isInstanceOf(List.class);
		return new ArrayList<>((List<?>) node);
	}

	private static List<Map<String, Object>> maps(Map<String, Object> root, String... path) {
		return list(root, path).stream().map((item) -> asMap(item, String.join(".", path))).toList();
	}

	private static String string(Map<String, Object> root, String... path) {
		Object node = at(root, path);
		return String.valueOf(node);
	}

	private static int integer(Map<String, Object> root, String... path) {
		Object node = at(root, path);
		assertThat(node).as(String.join(".", path)).isInstanceOf(Integer.class);
		return (Integer) node;
	}

}
