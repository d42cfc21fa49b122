# Sourced by the benchmark scripts (claims-service/bench, policy-service/bench): installs the command-line tools they
# drive when they are missing, from the Debian packages.

# ensure_tools COMMAND... — installs what is missing of the given commands (psql and pgbench come in
# postgresql-client; any other command from the package of its own name). apt-get may be busy with another run's
# install: it is tried up to six times, ten seconds apart, and the script stops if a command is still missing.
ensure_tools() {
  local missing=() tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null && continue
    case "$tool" in
      psql|pgbench) missing+=(postgresql-client) ;;
      *) missing+=("$tool") ;;
    esac
  done
  [ ${#missing[@]} -eq 0 ] && return
  local packages
  packages="$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')"
  echo "installing $packages from the Debian packages" >&2
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  for attempt in 1 2 3 4 5 6; do
    # shellcheck disable=SC2086
    if $sudo apt-get update -qq && $sudo apt-get install -y -qq $packages >/dev/null; then break; fi
    echo "apt-get busy or failing (attempt $attempt); retrying in 10 s" >&2
    sleep 10
  done
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "could not install $tool" >&2; exit 2; }
  done
}
