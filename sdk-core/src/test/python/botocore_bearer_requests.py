"""What botocore 1.43.107 sends for calls whose auth may be bearer, for BearerDifferentialTest.

Reads a JSON list of cases on stdin: {"name", "service", "operation" (botocore's snake_case
method), "params", "blobs" (params to send as bytes), "env" (AWS_* variables; besides them only
the keys AKIDEXAMPLE / SECRETEXAMPLE are set: no config files, no instance metadata), "preference" (auth_scheme_preference set in code,
or null), "endpoint" (endpoint_url or null)}. For each prints one JSON object: the request as it
would go on the wire (method, url, headers, body) captured at before-send, or the error.
"""
import json
import os
import sys

import botocore.session
from botocore.config import Config


class Captured(Exception):
    pass


def run(case):
    for name in [n for n in os.environ if n.startswith('AWS_')]:
        del os.environ[name]
    os.environ.update({'AWS_CONFIG_FILE': os.devnull, 'AWS_SHARED_CREDENTIALS_FILE': os.devnull,
                       'AWS_EC2_METADATA_DISABLED': 'true', 'AWS_ACCESS_KEY_ID': 'AKIDEXAMPLE',
                       'AWS_SECRET_ACCESS_KEY': 'SECRETEXAMPLE'})
    os.environ.update(case['env'])
    session = botocore.session.get_session()
    config = Config(auth_scheme_preference=case['preference']) if case['preference'] else None
    client = session.create_client(case['service'], region_name='us-east-1', config=config,
                                   endpoint_url=case['endpoint'])
    seen = {}

    def capture(request, **kwargs):
        seen['request'] = request
        raise Captured()

    client.meta.events.register('before-send', capture)
    params = dict(case['params'])
    for blob in case['blobs']:
        params[blob] = params[blob].encode('utf-8')
    try:
        getattr(client, case['operation'])(**params)
    except Captured:
        r = seen['request']
        body = r.body
        if isinstance(body, bytes):
            body = body.decode('utf-8')
        headers = {k: (v.decode('utf-8') if isinstance(v, bytes) else v) for k, v in r.headers.items()}
        return {'name': case['name'], 'method': r.method, 'url': r.url, 'headers': headers, 'body': body}
    except Exception as e:
        return {'name': case['name'], 'error': type(e).__name__, 'message': str(e)}
    return {'name': case['name'], 'error': 'NotSent', 'message': 'the call returned without sending'}


for case in json.load(sys.stdin):
    print(json.dumps(run(case)))
