"""botocore's flexible checksum decisions for every operation of some services, for boto4j's tests.

Reads {"services": [...], "supported": [...]} on stdin. For each operation with an httpChecksum
trait or httpChecksumRequired, and each combination of request_checksum_calculation /
response_checksum_validation, http or https, presigned or not, and the caller's algorithm member
set or not, prints what botocore 1.43.107 decides (resolve_request_checksum_algorithm,
_handle_request_validation_mode_member, resolve_response_checksum_algorithms), with the supported
algorithm list given so that awscrt's absence does not matter. One JSON object per service:
{"service", "model" (botocore's service-2 model itself), "cases": [...]}.
"""
import json
import sys

import botocore
import botocore.session
from botocore.config import Config
from botocore.handlers import _handle_request_validation_mode_member
from botocore.httpchecksum import (
    resolve_request_checksum_algorithm,
    resolve_response_checksum_algorithms,
)


def decide(op, mode, https, presign, algorithm, supported):
    config = Config(request_checksum_calculation=mode, response_checksum_validation=mode)
    context = {'client_config': config, 'checksum': {}}
    if presign:
        context['is_presign_request'] = True
    params = {}
    member = op.http_checksum.get('requestAlgorithmMember')
    if algorithm and member:
        params[member] = algorithm
    request = {'headers': {}, 'context': context,
               'url': ('https' if https else 'http') + '://example.com/'}
    resolve_request_checksum_algorithm(request, op, params, supported_algorithms=supported)
    _handle_request_validation_mode_member(params, op, context=context)
    resolve_response_checksum_algorithms(request, op, params, supported_algorithms=supported)
    checksum = request['context'].get('checksum', {})
    plan = checksum.get('request_algorithm')
    header = checksum.get('request_algorithm_header')
    mode_member = op.http_checksum.get('requestValidationModeMember')
    return {
        'operation': op.name, 'mode': mode, 'https': https, 'presign': presign, 'algorithm': algorithm,
        'plan': None if not plan else {'algorithm': plan['algorithm'], 'in': plan['in'],
                                       'algorithmHeader': header['name'] if header else None},
        'validationMode': params.get(mode_member) if mode_member else None,
        'responseAlgorithms': checksum.get('response_algorithms'),
    }


def main():
    if botocore.__version__ != '1.43.107':
        sys.exit('botocore 1.43.107 expected, found ' + botocore.__version__)
    spec = json.load(sys.stdin)
    session = botocore.session.get_session()
    loader = session.get_component('data_loader')
    for name in spec['services']:
        model = session.get_service_model(name)
        cases = []
        for op_name in model.operation_names:
            op = model.operation_model(op_name)
            if not op.http_checksum and not op.http_checksum_required:
                continue
            for mode in ('when_supported', 'when_required'):
                for https in (True, False):
                    for presign in (False, True):
                        for algorithm in (None, 'sha256', 'CRC64NVME'):
                            cases.append(decide(op, mode, https, presign, algorithm, spec['supported']))
        print(json.dumps({'service': name, 'model': loader.load_service_model(name, 'service-2'), 'cases': cases}))


if __name__ == '__main__':
    main()
