"""What botocore sends for S3 PutObject with a flexible checksum, for boto4j's differential tests.

Reads a JSON list of cases from stdin, each {"size": N, "algorithm": "CRC32", "url": "https://...",
"stream": false}; the body is N bytes of the pattern (i * 31 + 7) % 251 given as bytes, or as a
non-seekable stream when "stream" is true. The request is captured before it is sent (nothing
leaves the machine). Prints one JSON object per case: the headers botocore sent (without the
per-call and signature ones) and the body, base64.
"""
import base64
import io
import json
import sys

import botocore
import botocore.session
from botocore.awsrequest import AWSResponse
from botocore.config import Config


class NonSeekable(io.RawIOBase):
    def __init__(self, data):
        self._data = data
        self._at = 0

    def readable(self):
        return True

    def read(self, n=-1):
        if n is None or n < 0:
            n = len(self._data) - self._at
        out = self._data[self._at:self._at + n]
        self._at += len(out)
        return out


def capture(case):
    session = botocore.session.get_session()
    client = session.create_client(
        's3', region_name='us-west-2', endpoint_url=case['url'],
        aws_access_key_id='AKIDEXAMPLE', aws_secret_access_key='secret',
        config=Config(s3={'addressing_style': 'path'}))
    seen = {}

    def before_send(request, **kwargs):
        seen['headers'] = {k: (v.decode() if isinstance(v, bytes) else str(v)) for k, v in request.headers.items()}
        body = request.body
        if hasattr(body, 'read'):
            body = body.read()
        seen['body'] = base64.b64encode(body or b'').decode()
        return AWSResponse(case['url'], 200, {}, None)

    client.meta.events.register('before-send.s3.PutObject', before_send)
    data = bytes((i * 31 + 7) % 251 for i in range(case['size']))
    body = NonSeekable(data) if case.get('stream') else data
    try:
        client.put_object(Bucket='bucket', Key='key', Body=body, ChecksumAlgorithm=case['algorithm'])
    except Exception:
        pass  # the captured response has no body to parse
    drop = {'user-agent', 'amz-sdk-invocation-id', 'amz-sdk-request', 'authorization', 'x-amz-date'}
    seen['headers'] = {k: v for k, v in seen['headers'].items() if k.lower() not in drop}
    return seen


if __name__ == '__main__':
    if botocore.__version__ != '1.43.107':
        sys.exit('botocore 1.43.107 expected, found ' + botocore.__version__)
    for c in json.load(sys.stdin):
        print(json.dumps(capture(c)))
