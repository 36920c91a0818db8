"""What botocore 1.43.107 sends and returns for S3 calls against scripted responses.

For boto4j's differential tests of the S3 plugin's hooks: reads a JSON list of cases on stdin
and prints one JSON line per case. Nothing leaves the process: a 'before-send' handler records
each request botocore would send and answers it with the next scripted response.

A case: {"service" ("s3" unless given), "region", "endpointUrl" (optional), "config" (botocore Config arguments),
         "time" (ISO-8601, the signing clock), "calls": [{"operation", "params"}],
         "responses": [{"status", "headers", "bodyB64"}]}  (an empty 200 once they run out)
Parameter values may be {"$b64": "..."} (bytes) or {"$stream": "text"} (a file-like object).
Its line: {"requests": [{"method", "url", "headers", "bodyB64"}],
           "results": [{"output": {...}} | {"error": {"code", "message", "status", "fields"}}
                       | {"exception": "Type: message"}]}
Outputs lose their ResponseMetadata; bytes and streams become {"$b64": ...}, timestamps ISO text.
"""
import base64
import datetime
import io
import json
import sys
import time

import botocore
import botocore.auth
import botocore.awsrequest
import botocore.config
import botocore.session
from botocore.exceptions import ClientError
from botocore.response import StreamingBody

ACCESS_KEY = 'AKIDEXAMPLE'
SECRET_KEY = 'SECRETEXAMPLE'


def decode_params(value):
    if isinstance(value, dict):
        if set(value) == {'$b64'}:
            return base64.b64decode(value['$b64'])
        if set(value) == {'$stream'}:
            return io.BytesIO(value['$stream'].encode('utf-8'))
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
    if isinstance(value, StreamingBody):
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


def run_case(case):
    fixed = datetime.datetime.fromisoformat(case['time'].replace('Z', '+00:00')).replace(tzinfo=None)
    botocore.auth.get_current_datetime = lambda remove_tzinfo=True: fixed
    session = botocore.session.get_session()
    client = session.create_client(
        case.get('service', 's3'), region_name=case['region'], endpoint_url=case.get('endpointUrl'),
        aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY,
        config=botocore.config.Config(**case.get('config', {})))
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
            error = dict(e.response.get('Error', {}))
            results.append({'error': {'code': error.get('Code'), 'message': error.get('Message'),
                                      'status': e.response['ResponseMetadata'].get('HTTPStatusCode'),
                                      'fields': error}})
        except Exception as e:  # noqa: BLE001 - the test compares what botocore refused, and how
            results.append({'exception': type(e).__name__ + ': ' + str(e)})
    return {'requests': requests, 'results': results}


if __name__ == '__main__':
    if botocore.__version__ != '1.43.107':
        sys.exit('botocore 1.43.107 expected, found ' + botocore.__version__)
    # Retries wait for nothing: the responses are scripted.
    time.sleep = lambda seconds: None
    for c in json.load(sys.stdin):
        print(json.dumps(run_case(c)))
