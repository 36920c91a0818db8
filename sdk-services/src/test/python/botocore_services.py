"""What botocore 1.43.107 sends and returns, for the differential tests of boto4j's service plugins.

Reads a JSON list of cases on stdin and prints one JSON line per case, in order. Nothing leaves
the process: a 'before-send' handler records each request botocore would send and answers it
with the next scripted response. Credentials and the signing clock are fixed by the case; the
environment is the case's ("env") on top of the one the test started this process with.

Cases, by "kind":
  calls   {"service", "region", "endpointUrl"?, "config"?, "time", "token"?, "env"?,
           "calls": [{"operation", "params"}], "responses": [{"status", "headers", "bodyB64"}]}
          -> {"requests": [{"method", "url", "headers", "bodyB64"}],
              "results": [{"output"} | {"error": {"code", "message", "status", "type"}} | {"exception"}]}
          ("type" is the exception's class: the modeled error's shape, or ClientError)
  presign {"service", "region", "time", "token"?, "operation", "params", "expiresIn"} -> {"url"} | {"exception"}
  method  {"service", "region", "time", "token"?, "method", "args"} -> {"result"} | {"exception"}
  verify  {"service" (signing name), "region", "time", "token"?, "method", "url", "headers" (those signed),
           "bodyB64"} -> {"authorization"}: botocore's SigV4 signature of exactly that request
  python  {"function": "b64decode" | "unquote" | "json_loads" | "utf8_replace" | "tree_hash", "values"}
          -> {"results": [...]}: what the Python function botocore's handlers call returns for each
          value, or {"error": type name} where it raises
Parameter values may be {"$b64": "..."} (bytes). Results lose their ResponseMetadata; bytes
become {"$b64": ...}, timestamps ISO-8601 text.
"""
import base64
import datetime
import hashlib
import io
import json
import os
import sys
import time
import urllib.parse

import botocore
import botocore.auth
import botocore.awsrequest
import botocore.config
import botocore.credentials
import botocore.session
import botocore.utils
from botocore import xform_name
from botocore.exceptions import ClientError

ACCESS_KEY = 'AKIDEXAMPLE'
SECRET_KEY = 'SECRETEXAMPLE'


def decode_params(value):
    if isinstance(value, dict):
        if set(value) == {'$b64'}:
            return base64.b64decode(value['$b64'])
        return {k: decode_params(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode_params(v) for v in value]
    return value


def encode_result(value):
    if isinstance(value, dict):
        return {k: encode_result(v) for k, v in value.items() if k != 'ResponseMetadata'}
    if isinstance(value, list):
        return [encode_result(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return {'$b64': base64.b64encode(value).decode('ascii')}
    if hasattr(value, 'read'):
        return {'$b64': base64.b64encode(value.read()).decode('ascii')}
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    return value


class ScriptedRaw:
    """The raw stream botocore reads a response body from."""

    def __init__(self, body):
        self._body = io.BytesIO(body)

    def read(self, amt=None):
        return self._body.read() if amt is None else self._body.read(amt)

    def stream(self, **kwargs):
        while True:
            chunk = self._body.read(8192)
            if not chunk:
                return
            yield chunk

    def close(self):
        pass


def body_bytes(body):
    if body is None:
        return b''
    if hasattr(body, 'read'):
        data = body.read()
        if hasattr(body, 'seek'):
            body.seek(0)
        return data
    if isinstance(body, str):
        return body.encode('utf-8')
    return bytes(body)


def client_for(case):
    fixed = datetime.datetime.fromisoformat(case['time'].replace('Z', '+00:00')).replace(tzinfo=None)
    botocore.auth.get_current_datetime = lambda remove_tzinfo=True: fixed
    config = dict(case.get('config', {}))
    config.setdefault('retries', {'mode': 'standard', 'total_max_attempts': 3})
    return botocore.session.get_session().create_client(
        case['service'], region_name=case.get('region'), endpoint_url=case.get('endpointUrl'),
        aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY, aws_session_token=case.get('token'),
        config=botocore.config.Config(**config))


def calls(case):
    client = client_for(case)
    responses = list(case.get('responses', []))
    requests = []

    def answer(request, **kwargs):
        requests.append({
            'method': request.method,
            'url': request.url,
            'headers': {k: (v.decode('utf-8') if isinstance(v, bytes) else v) for k, v in request.headers.items()},
            'bodyB64': base64.b64encode(body_bytes(request.body)).decode('ascii'),
        })
        scripted = responses.pop(0) if responses else {'status': 200}
        body = base64.b64decode(scripted.get('bodyB64', ''))
        headers = dict(scripted.get('headers', {}))
        headers.setdefault('Content-Length', str(len(body)))
        return botocore.awsrequest.AWSResponse(request.url, scripted['status'],
                                               botocore.awsrequest.HeadersDict(headers), ScriptedRaw(body))

    client.meta.events.register('before-send', answer)
    results = []
    for call in case['calls']:
        try:
            output = client._make_api_call(call['operation'], decode_params(call.get('params', {})))
            results.append({'output': encode_result(output)})
        except ClientError as e:
            error = e.response.get('Error', {})
            results.append({'error': {'code': error.get('Code'), 'message': error.get('Message'),
                                      'status': e.response['ResponseMetadata'].get('HTTPStatusCode'),
                                      'type': type(e).__name__}})
        except Exception as e:  # noqa: BLE001 - the test compares what botocore refused, and how
            results.append({'exception': type(e).__name__ + ': ' + str(e)})
    return {'requests': requests, 'results': results}


def presign(case):
    client = client_for(case)
    try:
        return {'url': client.generate_presigned_url(
            xform_name(case['operation']), Params=decode_params(case.get('params', {})),
            ExpiresIn=case.get('expiresIn', 3600))}
    except Exception as e:  # noqa: BLE001
        return {'exception': type(e).__name__ + ': ' + str(e)}


def method(case):
    client = client_for(case)
    try:
        return {'result': getattr(client, case['method'])(**case['args'])}
    except Exception as e:  # noqa: BLE001
        return {'exception': type(e).__name__ + ': ' + str(e)}


def python(case):
    functions = {
        'b64decode': lambda v: base64.b64encode(base64.b64decode(bytes(v, 'latin-1'))).decode('ascii'),
        'unquote': urllib.parse.unquote,
        'json_loads': lambda v: json.loads(v),
        'utf8_replace': lambda v: base64.b64decode(v).decode('utf-8', 'replace'),
        'tree_hash': lambda v: [hashlib.sha256(base64.b64decode(v)).hexdigest(),
                                botocore.utils.calculate_tree_hash(io.BytesIO(base64.b64decode(v)))],
    }
    results = []
    for value in case['values']:
        try:
            results.append({'value': functions[case['function']](value)})
        except Exception as e:  # noqa: BLE001 - where Python raises is part of the answer
            results.append({'error': type(e).__name__})
    return {'results': results}


def verify(case):
    fixed = datetime.datetime.fromisoformat(case['time'].replace('Z', '+00:00')).replace(tzinfo=None)
    botocore.auth.get_current_datetime = lambda remove_tzinfo=True: fixed
    credentials = botocore.credentials.Credentials(ACCESS_KEY, SECRET_KEY, case.get('token'))
    request = botocore.awsrequest.AWSRequest(method=case['method'], url=case['url'], headers=case['headers'],
                                             data=base64.b64decode(case['bodyB64']))
    botocore.auth.SigV4Auth(credentials, case['service'], case['region']).add_auth(request)
    return {'authorization': request.headers['Authorization']}


KINDS = {'calls': calls, 'verify': verify, 'presign': presign, 'method': method, 'python': python}


def run(case):
    saved = dict(os.environ)
    os.environ.update(case.get('env', {}))
    try:
        return KINDS[case['kind']](case)
    finally:
        os.environ.clear()
        os.environ.update(saved)


if __name__ == '__main__':
    if botocore.__version__ != '1.43.107':
        sys.exit('botocore 1.43.107 expected, found ' + botocore.__version__)
    # Retries wait for nothing: the responses are scripted.
    time.sleep = lambda seconds: None
    for c in json.load(sys.stdin):
        print(json.dumps(run(c)), flush=True)
