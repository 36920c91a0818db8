#!/usr/bin/env bash
# Moves sdk-core types between packages for the module tiers (see sdk-core/README.md), and
# rewrites every reference in the repository (*.java, *.md):
# - the exceptions users catch, out of packages that are no longer exported (or exported only to
#   the SDK's own modules), into io.boto4j.core next to SdkException;
# - two signing internals that public SPI types exposed, next to the other signers.
#
# Idempotent: a move whose old file is gone is skipped, and the rewrites only touch text that
# still names an old location. Rerun it after merging a branch written against the old names:
#     tools/move-exceptions.sh && mvn -B -o -q compile
# Run from anywhere inside the repository; it works on the files git knows about.
set -euo pipefail

cd "$(git rev-parse --show-toplevel)"

CORE=io.boto4j.core
SRC=sdk-core/src/main/java

# old package : class name : new package
MOVES=(
    "io.boto4j.core.pipeline:CallTimeoutException:io.boto4j.core"
    "io.boto4j.core.transport:TruncatedBodyException:io.boto4j.core"
    "io.boto4j.core.transport:AttemptTimeoutException:io.boto4j.core"
    "io.boto4j.core.endpoints:EndpointResolutionException:io.boto4j.core"
    "io.boto4j.core.eventstream:EventStreamException:io.boto4j.core"
    "io.boto4j.core.eventstream:EventStreamServiceException:io.boto4j.core"
    "io.boto4j.core.validation:ParamValidationException:io.boto4j.core"
    "io.boto4j.core.jmespath:JmesPathException:io.boto4j.core"
    "io.boto4j.core.protocol:ResponseParseException:io.boto4j.core"
    "io.boto4j.core.checksums:ChecksumMismatchException:io.boto4j.core"
    "io.boto4j.core.auth:AuthSchemeResolver:io.boto4j.core.auth.signer"
    "io.boto4j.core.transport:AwsChunkedPublisher:io.boto4j.core.auth.signer"
)

# Files git tracks plus new ones not ignored: a rerun after a merge sees everything.
java_files() { git ls-files --cached --others --exclude-standard -- '*.java'; }
text_files() { git ls-files --cached --others --exclude-standard -- '*.java' '*.md'; }
# The files of list $1 (java_files, text_files) that contain regular expression $2.
files_with() { "$1" | xargs -r grep -l -- "$2" || true; }

# Whether Java file $1 names $2 outside its package and import lines. (grep -c reads to the
# end, so no SIGPIPE upsets pipefail as grep -q would.)
mentions() { grep -v -e '^import ' -e '^package ' "$1" | grep -c -w -- "$2" > /dev/null; }

# Adds "import $2;" to Java file $1 before its first import (or after its package line).
add_import() {
    local file=$1 import=$2
    grep -q "^import ${import//./\\.};" "$file" && return 0
    if grep -q '^import ' "$file"; then
        # Before the first import, so the core's own types lead, as elsewhere in the code base.
        awk -v line="import ${import};" '!done && /^import / { print line; done = 1 } { print }' \
            "$file" > "$file.tmp" && mv "$file.tmp" "$file"
    else
        awk -v line="import ${import};" '{ print } !done && /^package / { print ""; print line; done = 1 }' \
            "$file" > "$file.tmp" && mv "$file.tmp" "$file"
    fi
}

for move in "${MOVES[@]}"; do
    IFS=: read -r old_pkg name new_pkg <<< "$move"
    old_file="$SRC/${old_pkg//.//}/$name.java"
    new_file="$SRC/${new_pkg//.//}/$name.java"
    old_fqn="$old_pkg.$name"
    new_fqn="$new_pkg.$name"

    if [[ -f $old_file ]]; then
        git mv "$old_file" "$new_file"
        sed -i "s/^package ${old_pkg//./\\.};/package $new_pkg;/" "$new_file"
        echo "moved $old_fqn -> $new_fqn"
    fi

    if [[ -f $new_file ]]; then
        # The moved class may use its old neighbours by simple name (also in code merged after
        # the move): they need imports; its imports of its new neighbours are redundant.
        for neighbour in "$SRC/${old_pkg//.//}"/*.java; do
            simple=$(basename "$neighbour" .java)
            [[ $simple == package-info ]] && continue
            if grep -q "^public .*\(class\|interface\|record\|enum\) $simple\b" "$neighbour" \
                    && mentions "$new_file" "$simple"; then
                add_import "$new_file" "$old_pkg.$simple"
            fi
        done
        sed -i "/^import ${new_pkg//./\\.}\.[A-Z][A-Za-z0-9_]*;/d" "$new_file"
    fi

    # Imports, static imports and qualified names, everywhere.
    files_with text_files "${old_fqn//./\\.}\b" | while read -r f; do
        sed -i "s/\b${old_fqn//./\\.}\b/$new_fqn/g" "$f"
    done

    # Code in the old package used the class without an import: it needs one now.
    files_with java_files "^package ${old_pkg//./\\.};" | while read -r f; do
        # (a package-info names it in prose or fully qualified links only)
        if [[ $f != */package-info.java ]] && mentions "$f" "$name"; then
            add_import "$f" "$new_fqn"
        fi
    done

    # Code in the new package needs no import of its own package's types.
    files_with java_files "^package ${new_pkg//./\\.};" | while read -r f; do
        sed -i "/^import ${new_fqn//./\\.};/d" "$f"
    done
done

# Nor does the core's root package import its own top-level types (moved files brought some).
files_with java_files "^package ${CORE//./\\.};" | while read -r f; do
    sed -i "/^import ${CORE//./\\.}\.[A-Z][A-Za-z0-9_]*;/d" "$f"
done
