"""What botocore 1.43.107's S3 customizations make of given inputs, for boto4j's differential tests.

Reads a JSON list of cases on stdin and prints one JSON result per case, in order. Each case
has a "kind" and its inputs; byte strings travel as base64 ("...B64" fields). Nothing is sent:
the presigned POST is signed at the case's fixed time, the other handlers are called directly.
"""
import base64
import datetime
import json
import sys
from unittest import mock

import botocore
import botocore.session
from botocore import handlers
from botocore.config import Config
from botocore.exceptions import ParamValidationError


def copy_source(case):
    params = {'CopySource': case['value']}
    try:
        handlers.handle_copy_source_param(params)
    except ParamValidationError as e:
        return {'error': str(e)}
    return {'value': params['CopySource']}


def sse(case):
    params = dict(case.get('params', {}))
    key = case['key'] if 'key' in case else base64.b64decode(case['keyB64'])
    params[case['prefix'] + 'Key'] = key
    handlers._sse_md5(params, case['prefix'])
    return {'params': params}


def bucket(case):
    try:
        handlers.validate_bucket_name({'Bucket': case['name']})
    except ParamValidationError as e:
        return {'valid': False, 'error': str(e)}
    return {'valid': True}


def decode(case):
    parsed = case['parsed']
    context = {'encoding_type_auto_set': True} if case['autoSet'] else {}
    {'ListObjects': handlers.decode_list_object,
     'ListObjectsV2': handlers.decode_list_object_v2,
     'ListObjectVersions': handlers.decode_list_object_versions}[case['operation']](parsed, context)
    return {'parsed': parsed}


def set_encoding(case):
    params = dict(case['params'])
    context = {}
    handlers.set_list_objects_encoding_type_url(params, context)
    return {'params': params, 'autoSet': context.get('encoding_type_auto_set', False)}


class FakeResponse:
    def __init__(self, body):
        self.content = body
        self.raw = object()


def bucket_location(case):
    parsed = {}
    try:
        handlers.parse_get_bucket_location(parsed, FakeResponse(base64.b64decode(case['bodyB64'])))
    except Exception as e:  # noqa: BLE001 - the test wants to know that botocore fails
        return {'error': type(e).__name__}
    return {'parsed': parsed}


S3 = None


def error_200(case):
    operation = S3.operation_model(case['operation'])
    response = {'status_code': case['status'], 'body': base64.b64decode(case['bodyB64']), 'headers': {}}
    handled = handlers._should_handle_200_error(operation, response)
    handlers._handle_200_error(operation, response)
    return {'inspected': handled, 'status': response['status_code']}


def error_200_operations(case):
    return {'inspected': {name: handlers._should_handle_200_error(S3.operation_model(name), {'status_code': 200})
                          for name in S3.operation_names}}


def s3_model(case):
    return {'model': botocore.session.get_session().get_component('data_loader').load_service_model('s3', 'service-2')}


def presigned_post(case):
    session = botocore.session.get_session()
    kwargs = {'region_name': case['region'], 'aws_access_key_id': case['accessKey'],
              'aws_secret_access_key': case['secretKey']}
    if case.get('token'):
        kwargs['aws_session_token'] = case['token']
    if case.get('endpointUrl'):
        kwargs['endpoint_url'] = case['endpointUrl']
    # SigV4, as boto4j signs: without it botocore signs POST policies with SigV2 in the
    # regions that still accept it.
    kwargs['config'] = Config(signature_version='s3v4', s3=case.get('s3Config'))
    client = session.create_client('s3', **kwargs)
    now = datetime.datetime.fromisoformat(case['time'].replace('Z', '+00:00')).replace(tzinfo=None)
    with mock.patch('botocore.signers.get_current_datetime', return_value=now), \
            mock.patch('botocore.auth.get_current_datetime', return_value=now):
        try:
            post = client.generate_presigned_post(
                Bucket=case['bucket'], Key=case['key'], Fields=case.get('fields'),
                Conditions=case.get('conditions'), ExpiresIn=case.get('expiresIn', 3600))
        except Exception as e:  # noqa: BLE001
            return {'error': type(e).__name__ + ': ' + str(e)}
    policy = json.loads(base64.b64decode(post['fields']['policy']))
    return {'url': post['url'], 'fields': list(post['fields'].items()), 'policy': policy}


KINDS = {'copySource': copy_source, 'sse': sse, 'bucket': bucket, 'decode': decode,
         'setEncoding': set_encoding, 'bucketLocation': bucket_location, 'error200': error_200,
         'error200Operations': error_200_operations, 's3Model': s3_model, 'presignedPost': presigned_post}


if __name__ == '__main__':
    if botocore.__version__ != '1.43.107':
        sys.exit('botocore 1.43.107 expected, found ' + botocore.__version__)
    S3 = botocore.session.get_session().get_service_model('s3')
    for c in json.load(sys.stdin):
        print(json.dumps(KINDS[c['kind']](c)))
