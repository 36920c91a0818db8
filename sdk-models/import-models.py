#!/usr/bin/env python3
"""Import botocore's model data into sdk-models' bundled resources.

Usage:
    python3 sdk-models/import-models.py INPUT [--origin TEXT] [--version X.Y.Z] [--output DIR] [--check]

With --check nothing is written: the exit status says whether the output directory holds
exactly what INPUT would produce (1 and a list of differences when it does not).

INPUT is one of:
    * a botocore wheel (botocore-X.Y.Z-py3-none-any.whl)
    * a botocore sdist (botocore-X.Y.Z.tar.gz)
    * an installed botocore package directory (.../site-packages/botocore)
    * a botocore ``data`` directory (then --version is needed unless a sibling
      __init__.py names it)

Output (default: src/main/resources/io/boto4j/models/data beside this script), every file
gzipped deterministically (mtime 0, no file name) so that re-running on the same input
gives byte-identical files:

    <service>/<api-version>/{service-2,paginators-1,waiters-2,endpoint-rule-set-1}.json.gz
    <service>/<api-version>/*.sdk-extras.json.gz
    partitions.json.gz, _retry.json.gz, sdk-default-configuration.json.gz, endpoints.json.gz
    index.json   services -> api versions -> stored file names, plus the top-level files,
                 so that the runtime never has to list directories inside a jar
    SOURCE       botocore version, where the data came from, sha256 of the input

Each JSON document is re-serialized compactly with its ``documentation``,
``documentationUrl`` and ``examples`` traits removed; everything else, key order included,
is kept. Names that merely look like those traits (a structure member called
``documentation``, say) are kept: see strip_docs.

Python 3 standard library only. Never hand-edit the output: re-run this script.
"""

import argparse
import gzip
import hashlib
import io
import json
import os
import re
import shutil
import sys
import tarfile
import zipfile

SERVICE_FILES = ('service-2.json', 'paginators-1.json', 'waiters-2.json', 'endpoint-rule-set-1.json')
EXTRAS_SUFFIX = '.sdk-extras.json'
TOP_LEVEL_FILES = ('partitions.json', '_retry.json', 'sdk-default-configuration.json', 'endpoints.json')
STRIPPED_TRAITS = frozenset(('documentation', 'documentationUrl', 'examples'))

# Keys whose value is a map from user-chosen names (shape names, member names, parameter
# names, waiter names...) to definitions. Inside such a map a key is a name, not a trait, so
# a member literally called "documentation" must survive the stripping.
NAME_MAP_KEYS = frozenset((
    'operations', 'shapes', 'members', 'clientContextParams', 'staticContextParams',
    'operationContextParams', 'parameters', 'waiters', 'pagination', 'definitions',
    'headers', 'properties',
))

DEFAULT_OUTPUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                              'src', 'main', 'resources', 'io', 'boto4j', 'models', 'data')
INDEX_FORMAT = 1


# ---------------------------------------------------------------------------------------
# Reading the input: every kind is reduced to {path relative to botocore/data: bytes}.

def read_wheel(path):
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        files = {n[len('botocore/data/'):]: n for n in names
                 if n.startswith('botocore/data/') and not n.endswith('/')}
        version = None
        for n in names:
            if re.match(r'^botocore-[^/]+\.dist-info/METADATA$', n):
                version = metadata_version(zf.read(n).decode('utf-8'))
        return {rel: zf.read(name) for rel, name in files.items()}, version


def read_sdist(path):
    data = {}
    version = None
    with tarfile.open(path) as tf:
        for member in tf.getmembers():
            if not member.isfile():
                continue
            parts = member.name.split('/')
            if len(parts) == 2 and parts[1] == 'PKG-INFO':
                version = metadata_version(tf.extractfile(member).read().decode('utf-8'))
            if len(parts) > 3 and parts[1] == 'botocore' and parts[2] == 'data':
                data['/'.join(parts[3:])] = tf.extractfile(member).read()
    return data, version


def read_directory(data_dir):
    data = {}
    for root, dirs, files in os.walk(data_dir):
        dirs.sort()
        for name in files:
            full = os.path.join(root, name)
            rel = os.path.relpath(full, data_dir).replace(os.sep, '/')
            with open(full, 'rb') as f:
                data[rel] = f.read()
    return data


def metadata_version(text):
    m = re.search(r'^Version:\s*(\S+)\s*$', text, re.MULTILINE)
    return m.group(1) if m else None


def package_version(package_dir):
    init = os.path.join(package_dir, '__init__.py')
    if not os.path.isfile(init):
        return None
    with open(init, encoding='utf-8') as f:
        m = re.search(r'''^__version__\s*=\s*['"]([^'"]+)['"]''', f.read(), re.MULTILINE)
    return m.group(1) if m else None


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        for block in iter(lambda: f.read(1 << 20), b''):
            h.update(block)
    return h.hexdigest()


def sha256_tree(files):
    """A directory has no single byte stream: hash the sorted (path, content hash) list."""
    h = hashlib.sha256()
    for rel in sorted(files):
        h.update(f'{rel}\0{hashlib.sha256(files[rel]).hexdigest()}\n'.encode('utf-8'))
    return h.hexdigest()


def read_input(path):
    """Returns (files, version, kind, sha256, sha256_of)."""
    if os.path.isfile(path):
        digest = sha256_file(path)
        if path.endswith('.whl'):
            files, version = read_wheel(path)
            return files, version, 'wheel', digest, 'file'
        if path.endswith(('.tar.gz', '.tgz', '.tar')):
            files, version = read_sdist(path)
            return files, version, 'sdist', digest, 'file'
        sys.exit(f'error: {path}: not a .whl or .tar.gz')
    if not os.path.isdir(path):
        sys.exit(f'error: {path}: no such file or directory')
    if os.path.isdir(os.path.join(path, 'data')) and os.path.isfile(os.path.join(path, '__init__.py')):
        files = read_directory(os.path.join(path, 'data'))
        return files, package_version(path), 'package directory', sha256_tree(files), 'data tree'
    if os.path.isdir(os.path.join(path, 'botocore', 'data')):
        pkg = os.path.join(path, 'botocore')
        files = read_directory(os.path.join(pkg, 'data'))
        return files, package_version(pkg), 'package directory', sha256_tree(files), 'data tree'
    files = read_directory(path)
    return files, package_version(os.path.dirname(os.path.abspath(path))), 'data directory', \
        sha256_tree(files), 'data tree'


# ---------------------------------------------------------------------------------------
# Selecting and transforming.

def logical_name(rel):
    """'s3/2006-03-01/service-2.json.gz' -> 's3/2006-03-01/service-2.json'."""
    return rel[:-3] if rel.endswith('.json.gz') else rel


def is_wanted(logical):
    parts = logical.split('/')
    if len(parts) == 1:
        return parts[0] in TOP_LEVEL_FILES
    if len(parts) == 3:
        return parts[2] in SERVICE_FILES or parts[2].endswith(EXTRAS_SUFFIX)
    return False


def strip_docs(node, is_name_map=False):
    """Drops documentation traits; keys of name maps are names and are never dropped."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if not is_name_map and key in STRIPPED_TRAITS:
                continue
            child_is_name_map = not is_name_map and key in NAME_MAP_KEYS and isinstance(value, dict)
            out[key] = strip_docs(value, child_is_name_map)
        return out
    if isinstance(node, list):
        return [strip_docs(v, False) for v in node]
    return node


def decompress(rel, raw):
    return gzip.decompress(raw) if rel.endswith('.gz') else raw


def compact_json(document):
    text = json.dumps(document, ensure_ascii=False, separators=(',', ':'), allow_nan=False)
    return text.encode('utf-8')


def deterministic_gzip(payload):
    buf = io.BytesIO()
    # filename='' and mtime=0 keep the header free of anything that changes between runs.
    with gzip.GzipFile(filename='', mode='wb', compresslevel=9, fileobj=buf, mtime=0) as gz:
        gz.write(payload)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------
# Writing.

def safe_to_replace(out_dir):
    if not os.path.exists(out_dir):
        return True
    if not os.path.isdir(out_dir):
        return False
    entries = os.listdir(out_dir)
    return not entries or 'SOURCE' in entries or 'index.json' in entries


def complete_tree(outputs, index, source_text):
    """Every file of the output directory: path -> bytes."""
    tree = dict(outputs)
    tree['index.json'] = json.dumps(index, sort_keys=True, indent=1).encode('utf-8') + b'\n'
    tree['SOURCE'] = source_text.encode('utf-8')
    return tree


def write_tree(out_dir, tree):
    if not safe_to_replace(out_dir):
        sys.exit(f'error: {out_dir} exists and was not written by this script; refusing to replace it')
    staging = out_dir + '.tmp'
    if os.path.exists(staging):
        shutil.rmtree(staging)
    for rel, payload in tree.items():
        target = os.path.join(staging, *rel.split('/'))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, 'wb') as f:
            f.write(payload)
    if os.path.exists(out_dir):
        shutil.rmtree(out_dir)
    os.replace(staging, out_dir)


def differences(out_dir, tree):
    existing = read_directory(out_dir) if os.path.isdir(out_dir) else {}
    diffs = [f'missing: {rel}' for rel in sorted(tree) if rel not in existing]
    diffs += [f'unexpected: {rel}' for rel in sorted(existing) if rel not in tree]
    diffs += [f'differs: {rel}' for rel in sorted(tree) if rel in existing and existing[rel] != tree[rel]]
    return diffs


def build_index(version, stored_names):
    services = {}
    top_level = []
    for rel in sorted(stored_names):
        parts = rel.split('/')
        if len(parts) == 1:
            top_level.append(rel)
        else:
            services.setdefault(parts[0], {}).setdefault(parts[1], []).append(parts[2])
    return {'format': INDEX_FORMAT, 'botocoreVersion': version, 'files': top_level, 'services': services}


def source_text(version, kind, input_path, digest, digest_of, origin, index, total_bytes):
    lines = [
        '# Generated by sdk-models/import-models.py; do not edit. Re-run the script instead.',
        f'botocore.version={version}',
        f'source.kind={kind}',
        f'source.name={os.path.basename(os.path.normpath(input_path))}',
        f'source.sha256={digest}',
        f'source.sha256.of={digest_of}',
    ]
    if origin:
        lines.append(f'source.origin={origin}')
    versions = sum(len(v) for v in index['services'].values())
    lines += [
        'stripped=' + ','.join(sorted(STRIPPED_TRAITS)),
        f'services={len(index["services"])}',
        f'service.versions={versions}',
        f'bytes={total_bytes}',
    ]
    return '\n'.join(lines) + '\n'


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('input', help='botocore wheel, sdist, package directory or data directory')
    parser.add_argument('--output', default=DEFAULT_OUTPUT, help='data directory to (re)write')
    parser.add_argument('--origin', default='', help='where the input came from, recorded in SOURCE')
    parser.add_argument('--version', help='botocore version, when the input does not say')
    parser.add_argument('--check', action='store_true', help='compare with the output directory, write nothing')
    args = parser.parse_args()

    files, version, kind, digest, digest_of = read_input(args.input)
    version = args.version or version
    if not version:
        sys.exit('error: cannot tell the botocore version of the input; pass --version')
    if not any(logical_name(rel).endswith('/service-2.json') for rel in files):
        sys.exit(f'error: {args.input}: no botocore service models found')

    outputs = {}
    skipped = 0
    for rel in sorted(files):
        logical = logical_name(rel)
        if not is_wanted(logical):
            skipped += 1
            continue
        stored = logical + '.gz'
        if stored in outputs:
            sys.exit(f'error: {logical} is present both plain and gzipped')
        document = json.loads(decompress(rel, files[rel]).decode('utf-8'))
        outputs[stored] = deterministic_gzip(compact_json(strip_docs(document)))

    index = build_index(version, outputs.keys())
    total = sum(len(p) for p in outputs.values())
    tree = complete_tree(outputs, index,
                         source_text(version, kind, args.input, digest, digest_of, args.origin, index, total))
    if args.check:
        diffs = differences(args.output, tree)
        for line in diffs[:50]:
            print(line)
        print(f'{len(diffs)} differences between {args.output} and botocore {version} ({kind})')
        sys.exit(1 if diffs else 0)
    write_tree(args.output, tree)
    print(f'botocore {version} ({kind}): {len(index["services"])} services, {len(outputs)} files, '
          f'{total} bytes gzipped, {skipped} input files skipped -> {args.output}')


if __name__ == '__main__':
    main()
