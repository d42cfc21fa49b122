#!/usr/bin/env bash
# Validates docker-compose.yml offline (no container engine needed):
#  1. `docker-compose config -q` rejects bad YAML, unknown keys and wrong values
#     (docker-compose 1.29 from Debian, installed here if missing);
#  2. every service has a healthcheck, but a one-shot set-up step (one that a service
#     waits for with condition service_completed_successfully, like minio-init);
#  3. each application service passes exactly the environment variables its
#     configuration reads, so a renamed variable fails here and not in production;
#  4. every application's JVM exits on OutOfMemoryError (JAVA_TOOL_OPTIONS);
#  5. applications wait for healthy dependencies and publish their ports;
#  6. Kafka brokers create no topic on first use, and the applications that use Kafka say how theirs are laid out
#     (KAFKA_TOPIC_PARTITIONS, _REPLICATION_FACTOR, _MIN_INSYNC_REPLICAS), the replication within the brokers there are.
#
# Usage: .ci/validate-compose.sh [compose-file]   (default: docker-compose.yml at the repository root)
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
compose_file="${1:-$repo_root/docker-compose.yml}"
compose_file="$(cd "$(dirname "$compose_file")" && pwd)/$(basename "$compose_file")"
cd "$repo_root"

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "docker-compose not found: installing Debian's package (validator only, no container engine)"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  # --no-install-recommends is essential: the package recommends a full container engine.
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose >/dev/null
fi
echo "== $(docker-compose version --short 2>/dev/null || docker-compose version | head -n 1)"

echo "== docker-compose config -q ($compose_file)"
docker-compose -f "$compose_file" config -q

# The checks below read the resolved configuration (anchors merged, variables
# substituted), so they see what Compose would run.
resolved="$(docker-compose -f "$compose_file" config)"

# docker-compose 1.x runs on Debian's python3, which then has PyYAML.
python=""
for candidate in /usr/bin/python3 python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import yaml' >/dev/null 2>&1; then
    python="$candidate"
    break
  fi
done
if [ -z "$python" ]; then
  echo "FAIL: no python3 with PyYAML found to check the resolved compose file" >&2
  exit 1
fi

echo "== service checks"
RESOLVED="$resolved" "$python" - "$repo_root" <<'PY'
import os
import re
import sys

import yaml

repo_root = sys.argv[1]
config = yaml.safe_load(os.environ["RESOLVED"])
services = config.get("services") or {}

# How the services lay out the topics they create (every application that uses Kafka passes them).
KAFKA_TOPIC_ENV = ("KAFKA_TOPIC_PARTITIONS", "KAFKA_TOPIC_REPLICATION_FACTOR", "KAFKA_TOPIC_MIN_INSYNC_REPLICAS")
# Where every application sends its traces (none when empty), and whether it logs JSON lines.
OBSERVABILITY_ENV = ("OTEL_EXPORTER_OTLP_ENDPOINT", "LOG_JSON")

# The environment contract of each application (see each module's
# src/main/resources/application.properties). "required" must be passed exactly;
# "optional" may be passed too.
APPS = {
    "policy-service": {
        "port": 8082,
        # claims-service's fixed address, exempt from the per-client limit.
        "required": {"RATE_LIMIT_EXEMPT"},
        "optional": {"HTTP_PORT", "CORS_ORIGINS", *OBSERVABILITY_ENV},
        "needs": set(),
    },
    "claims-service": {
        "port": 8081,
        "required": {"DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", *KAFKA_TOPIC_ENV,
                     "POLICY_SERVICE_URL", "JWT_PUBLIC_KEY_LOCATION", "JWT_ISSUER",
                     # Evidence in the shared S3 bucket, so that more than one instance can run.
                     "EVIDENCE_STORE", "EVIDENCE_S3_ENDPOINT", "EVIDENCE_S3_BUCKET",
                     "EVIDENCE_S3_ACCESS_KEY", "EVIDENCE_S3_SECRET_KEY"},
        "optional": {"CORS_ORIGINS", "EVIDENCE_PATH", "EVIDENCE_S3_REGION", "EVIDENCE_S3_PATH_STYLE", *OBSERVABILITY_ENV},
        "needs": {"postgres", "kafka", "policy-service", "minio"},
        # The bucket and claims-service's key exist before it starts.
        "completed": {"minio-init"},
    },
    "notification-service": {
        "port": 8083,
        "required": {"DB_URL", "DB_USER", "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", *KAFKA_TOPIC_ENV,
                     "SMTP_HOST", "SMTP_PORT", "MAIL_FROM", "STAFF_ALERT_EMAIL",
                     "JWT_PUBLIC_KEY_LOCATION", "JWT_ISSUER"},
        "optional": {"CORS_ORIGINS", "KAFKA_CONSUMER_CONCURRENCY", *OBSERVABILITY_ENV},
        "needs": {"postgres", "kafka", "mailpit"},
    },
}
INFRA = {"postgres", "kafka", "mailpit", "minio", "minio-init"}
# Read by the JVM, not by the application's configuration; every application must pass the one option.
JVM_ENV = {"JAVA_TOOL_OPTIONS"}
JVM_OPTIONS_REQUIRED = {"-XX:+ExitOnOutOfMemoryError"}

errors = []
checked = 0


def check(condition, message):
    global checked
    checked += 1
    if not condition:
        errors.append(message)


def env_names(service):
    env = service.get("environment") or {}
    if isinstance(env, list):
        return {item.split("=", 1)[0] for item in env}
    return set(env)


def env_value(service, variable):
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) if "=" in item else (item, None) for item in env)
    return env.get(variable)


def names_read_by(module):
    """Every ${NAME...} a module's main resources refer to."""
    found = set()
    resources = os.path.join(repo_root, module, "src", "main", "resources")
    for directory, _, files in os.walk(resources):
        for name in files:
            if name.startswith("application") and name.endswith((".properties", ".yaml", ".yml")):
                with open(os.path.join(directory, name), encoding="utf-8") as f:
                    found |= set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", f.read()))
    return found


for name in sorted(set(APPS) | INFRA):
    check(name in services, f"{name}: service missing")

def waits_for(service):
    depends = service.get("depends_on") or {}
    if isinstance(depends, list):
        return {d: {} for d in depends}
    return depends


one_shot = {needed for service in services.values() for needed, how in waits_for(service).items()
            if (how or {}).get("condition") == "service_completed_successfully"}

for name, service in sorted(services.items()):
    if name in one_shot:
        check(str(service.get("restart", "no")) == "no", f"{name}: a one-shot step must not restart (restart: \"no\")")
        continue
    health = service.get("healthcheck") or {}
    test = health.get("test")
    check(bool(test) and not health.get("disable") and test not in (["NONE"], "NONE"),
          f"{name}: no healthcheck")

for name, app in APPS.items():
    service = services.get(name)
    if service is None:
        continue
    names = env_names(service)
    jvm_options = set(str(env_value(service, "JAVA_TOOL_OPTIONS") or "").split())
    check(JVM_OPTIONS_REQUIRED <= jvm_options,
          f"{name}: JAVA_TOOL_OPTIONS lacks {sorted(JVM_OPTIONS_REQUIRED - jvm_options)}")
    names -= JVM_ENV
    missing = app["required"] - names
    unknown = names - app["required"] - app["optional"]
    check(not missing, f"{name}: environment lacks {sorted(missing)}")
    check(not unknown, f"{name}: environment has names the service does not read {sorted(unknown)}")
    read = names_read_by(name)
    if read:
        unread = (names & (app["required"] | app["optional"])) - read
        check(not unread, f"{name}: {sorted(unread)} not referenced in {name}/src/main/resources/application.*")
    check("build" in service, f"{name}: not built from its module")
    published = {str(p.get("published")) + ":" + str(p.get("target")) if isinstance(p, dict) else str(p)
                 for p in service.get("ports") or []}
    port = app["port"]
    check(any(p in (f"{port}:{port}",) or p.endswith(f":{port}:{port}") for p in published),
          f"{name}: port {port} not published as {port}:{port} (got {sorted(published)})")
    depends = waits_for(service)
    for needed in sorted(app["needs"]):
        condition = (depends.get(needed) or {}).get("condition")
        check(condition == "service_healthy",
              f"{name}: must wait for {needed} with condition service_healthy (got {condition})")
    for needed in sorted(app.get("completed", set())):
        condition = (depends.get(needed) or {}).get("condition")
        check(condition == "service_completed_successfully",
              f"{name}: must wait for {needed} with condition service_completed_successfully (got {condition})")
    check(bool(service.get("restart")), f"{name}: no restart policy")

# Kafka: no topic on first use; topics within what the brokers can hold.
brokers = {name: service for name, service in services.items() if "kafka" in str(service.get("image", ""))}
check(bool(brokers), "no Kafka broker service")
for name, service in sorted(brokers.items()):
    check(str(env_value(service, "KAFKA_AUTO_CREATE_TOPICS_ENABLE")).lower() == "false",
          f"{name}: KAFKA_AUTO_CREATE_TOPICS_ENABLE must be \"false\" (the services create their topics)")
for name, app in APPS.items():
    service = services.get(name)
    if service is None or "KAFKA_BOOTSTRAP_SERVERS" not in app["required"]:
        continue
    try:
        partitions = int(env_value(service, "KAFKA_TOPIC_PARTITIONS"))
        replicas = int(env_value(service, "KAFKA_TOPIC_REPLICATION_FACTOR"))
        in_sync = int(env_value(service, "KAFKA_TOPIC_MIN_INSYNC_REPLICAS"))
    except (TypeError, ValueError):
        check(False, f"{name}: KAFKA_TOPIC_* must be whole numbers")
        continue
    check(partitions >= 1, f"{name}: KAFKA_TOPIC_PARTITIONS must be at least 1")
    check(1 <= replicas <= len(brokers),
          f"{name}: KAFKA_TOPIC_REPLICATION_FACTOR {replicas} needs as many brokers, the file has {len(brokers)}")
    check(1 <= in_sync <= replicas,
          f"{name}: KAFKA_TOPIC_MIN_INSYNC_REPLICAS {in_sync} must be between 1 and the replication factor {replicas}")
    bootstrap = str(env_value(service, "KAFKA_BOOTSTRAP_SERVERS"))
    for broker in brokers:
        check(broker + ":" in bootstrap, f"{name}: KAFKA_BOOTSTRAP_SERVERS does not name broker {broker}")

if errors:
    for error in errors:
        print(f"FAIL: {error}", file=sys.stderr)
    print(f"compose file invalid: {len(errors)} of {checked} checks failed", file=sys.stderr)
    sys.exit(1)
print(f"compose file OK: {len(services)} services, {checked} checks")
PY
