#!/usr/bin/env bash
# Rolls a snapshot out to instances one at a time: copies it next to each instance's database (rsync writes a
# temporary file in the same folder and renames it into place, so an instance never sees half a file), then waits
# until that instance's /health/ready reports the new snapshot id before the next instance is touched. An instance
# that refuses the file (it logs why) stops the rollout there: the others keep the snapshot they serve.
#
#   deploy/roll-snapshot.sh SNAPSHOT DEST=URL [DEST=URL ...]
#   deploy/roll-snapshot.sh db/treatyapi.db host1:/var/lib/treatyapi/5080/treatyapi.db=http://host1:5080 \
#                                           host2:/var/lib/treatyapi/5080/treatyapi.db=http://host2:5080
#
# DEST is anything rsync takes (host:path over ssh, or a local path). Needs rsync, curl, jq, sqlite3.
# ROLL_TIMEOUT (seconds, default 60) bounds the wait for each instance.
set -euo pipefail
snapshot=${1:?usage: roll-snapshot.sh SNAPSHOT DEST=URL [DEST=URL ...]}; shift
[ $# -gt 0 ] || { echo "no instances given" >&2; exit 2; }
id=$(sqlite3 -readonly "$snapshot" "SELECT value FROM snapshot_info WHERE key = 'snapshot_id'")
[ -n "$id" ] || { echo "$snapshot has no snapshot id" >&2; exit 1; }
timeout=${ROLL_TIMEOUT:-60}
for target in "$@"; do
  dest=${target%%=*}; url=${target#*=}
  echo "roll: $id -> $dest"
  # Never --inplace: the instance serves the old file through a hard link, and writing into it would change the
  # bytes under it. The default (a temporary file, then a rename) is what makes the switch safe.
  # --ignore-times: always copy. Snapshots are whole pages, so two can have one size, and rsync's usual test (size
  # and modification time) would skip a new snapshot copied in the same second as the old one.
  rsync --ignore-times "$snapshot" "$dest"
  deadline=$((SECONDS + timeout))
  until [ "$(curl -sf "$url/health/ready" | jq -r .snapshotId 2>/dev/null)" = "$id" ]; do
    if [ $SECONDS -ge $deadline ]; then
      echo "roll: $url did not report $id within ${timeout}s; stopped here. Its /health/ready:" >&2
      curl -s "$url/health/ready" >&2 || true; echo >&2
      exit 1
    fi
    sleep 0.2
  done
  echo "roll: $url serves $id"
done
