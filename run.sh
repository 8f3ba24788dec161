#!/usr/bin/env bash
# Builds the suite and runs every service locally on embedded H2 with the shipped dataset.
# Ctrl-C stops them all. Data is kept under ./data between runs (delete it to start afresh).
set -euo pipefail
cd "$(dirname "$0")"

services=(actors-service events-service reactions-service gateway)
ports=(8081 8082 8083 8080)

if [ "${QANTAR_SKIP_BUILD:-false}" != "true" ]; then
  echo "run: building the suite (./mvnw package -DskipTests)..."
  ./mvnw -q package -DskipTests -Dqantar.postgresql.skip=true
fi

export QANTAR_DATA_DIR="${QANTAR_DATA_DIR:-$PWD/data}"
mkdir -p "$QANTAR_DATA_DIR/logs"

# Bearer tokens: a local RSA key pair, made on the first start and kept under data/keys. Every process (the gateway
# and the three services) trusts its public half; `node tools/jwt.mjs mint --dir data/keys` signs editor tokens with
# the private half. Set MP_JWT_VERIFY_PUBLICKEY_LOCATION yourself (a PEM file or a JWKS URL) to trust another issuer.
keys_dir="$QANTAR_DATA_DIR/keys"
node tools/jwt.mjs keygen --dir "$keys_dir" > /dev/null
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$keys_dir/jwt-public.pem}"
export MP_JWT_VERIFY_ISSUER="${MP_JWT_VERIFY_ISSUER:-qantar-local}"
export MP_JWT_VERIFY_AUDIENCES="${MP_JWT_VERIFY_AUDIENCES:-qantar}"

pids=()
stop_all() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    echo; echo "run: stopping ${#pids[@]} services..."
    kill "${pids[@]}" 2>/dev/null || true
    # Quarkus shuts down within a few seconds of SIGTERM; anything still alive after that is killed.
    for _ in $(seq 1 50); do
      alive=0
      for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
      [ "$alive" = 0 ] && break
      sleep 0.2
    done
    kill -9 "${pids[@]}" 2>/dev/null || true
    wait 2>/dev/null || true
  fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

for i in "${!services[@]}"; do
  name=${services[$i]}
  jar="$name/target/quarkus-app/quarkus-run.jar"
  if [ ! -f "$jar" ]; then
    echo "run: $jar is missing; skipping $name"
    continue
  fi
  java ${JAVA_OPTS:-} $([ "$name" = gateway ] && echo -Dquarkus.profile=local) -Dquarkus.http.port="${ports[$i]}" -jar "$jar" > "$QANTAR_DATA_DIR/logs/$name.log" 2>&1 &
  pids+=($!)
done

echo "run: waiting for the services to be ready (logs in $QANTAR_DATA_DIR/logs/)..."
health=()
for i in "${!services[@]}"; do
  [ -f "${services[$i]}/target/quarkus-app/quarkus-run.jar" ] && health+=("http://localhost:${ports[$i]}/q/health/ready")
done
node tools/wait-ready.mjs --timeout 180 "${health[@]}"

cat <<EOM

Qantar is running.
  GraphQL (federated):  http://localhost:8080/graphql
  GraphiQL:             http://localhost:8080/graphiql/
  Subgraphs:            http://localhost:8081/graphql (actors), :8082 (events), :8083 (reactions)
  Logs:                 $QANTAR_DATA_DIR/logs/
  Editor token (15 min): node tools/jwt.mjs mint --dir $keys_dir
                        (GraphiQL: Headers tab, {"Authorization": "Bearer <token>"})
Press Ctrl-C to stop.
EOM
# Portable (bash 3.2) watch: stop everything when any service dies.
while :; do
  for pid in "${pids[@]}"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "run: a service stopped unexpectedly; see $QANTAR_DATA_DIR/logs/"
      exit 1
    fi
  done
  sleep 1
done
