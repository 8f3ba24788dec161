#!/usr/bin/env bash
# Runs kubectl with the given arguments, first installing it from the machine's apt sources when
# it is missing, and refusing a kubectl whose bundled kustomize is older than v5 (deploy/ uses
# kustomize v5 syntax; kubectl 1.27 and later bundle it).
#
#   tools/kubectl.sh kustomize deploy/overlays/production
set -euo pipefail

min_kustomize_major=5

install_kubectl() {
  if [ "$(id -u)" -ne 0 ]; then
    cat >&2 <<'MSG'
tools/kubectl.sh: kubectl is not installed.
Install kubectl 1.27 or later, for example as root on Debian or Ubuntu:
  apt-get update && apt-get install -y kubectl
(from the Kubernetes project's apt repository), then run this again.
MSG
    exit 127
  fi
  echo "tools/kubectl.sh: kubectl is missing; installing it with apt-get" >&2
  apt-get update -qq
  # The package is called kubectl in the Kubernetes and cloud vendors' repositories, and
  # kubernetes-client in Debian's own (whose version may be too old: checked below).
  if [ -n "$(apt-cache policy kubectl 2>/dev/null | sed -n 's/^ *Candidate: *//p' | grep -v '(none)')" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubectl >&2
  else
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq kubernetes-client >&2
  fi
}

command -v kubectl >/dev/null 2>&1 || install_kubectl

# kubectl before 1.24 does not report its kustomize version at all, which counts as too old.
kustomize_version="$(kubectl version --client -o json 2>/dev/null | sed -n 's/.*"kustomizeVersion": *"\([^"]*\)".*/\1/p')"
kustomize_major="$(printf '%s' "$kustomize_version" | sed -n 's/^v\([0-9][0-9]*\)\..*/\1/p')"
if [ -z "$kustomize_major" ] || [ "$kustomize_major" -lt "$min_kustomize_major" ]; then
  echo "tools/kubectl.sh: $(command -v kubectl) bundles kustomize ${kustomize_version:-of an unreported version (kubectl before 1.24)}; deploy/ needs kustomize v${min_kustomize_major} (kubectl 1.27 or later)." >&2
  exit 1
fi

exec kubectl "$@"
