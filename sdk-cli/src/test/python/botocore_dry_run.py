#!/usr/bin/env python3
"""Signs a request with botocore without sending it, and prints it as boto4j's --dry-run does.

Reads one JSON object on stdin:
  {"service", "operation", "params" (blobs as base64 text, as the boto4j CLI takes them),
   "region", "endpointUrl" (optional), "accessKey", "secretKey", "sessionToken" (optional),
   "signingTime" (ISO-8601), "invocationId", "config" (optional botocore Config arguments)}
and prints {"method", "url", "headers", "body" | "bodyBase64"} on stdout.

With "verify" (a boto4j dry-run output) instead of "operation", botocore's signer signs that
exact request again (the same headers signed, the same time and credentials) and the script
prints {"authorization": ...}: equal to boto4j's header when both sign alike, whatever the
serialization differences.

The reference for boto4j's dry-run comparison test (DryRunBotocoreTest). Exit 3 when botocore
cannot be imported, so that the test can skip.
"""
import base64
import datetime
import json
import sys

try:
    import botocore.auth
    import botocore.awsrequest
    import botocore.config
    import botocore.credentials
    import botocore.session
except ImportError as e:  # pragma: no cover - depends on the machine
    print("botocore is not installed: %s" % e, file=sys.stderr)
    sys.exit(3)


def decode_blobs(value, shape):
    """The CLI's JSON form to botocore's Python form: base64 text to bytes, guided by the model."""
    if value is None or shape is None:
        return value
    kind = shape.type_name
    if kind == "structure" and isinstance(value, dict):
        return {k: decode_blobs(v, shape.members.get(k)) for k, v in value.items()}
    if kind == "list" and isinstance(value, list):
        return [decode_blobs(v, shape.member) for v in value]
    if kind == "map" and isinstance(value, dict):
        return {k: decode_blobs(v, shape.value) for k, v in value.items()}
    if kind == "blob" and isinstance(value, str):
        return base64.b64decode(value)
    return value


def verify(spec):
    """Re-signs boto4j's request with botocore's SigV4 signer."""
    theirs = spec["verify"]
    auth = theirs["headers"]["Authorization"]
    signed = auth.split("SignedHeaders=")[1].split(",")[0].split(";")
    scope = auth.split("Credential=")[1].split(",")[0].split("/")
    headers = {k: v for k, v in theirs["headers"].items() if k.lower() in signed and k.lower() != "host"}
    if "bodyBase64" in theirs:
        body = base64.b64decode(theirs["bodyBase64"])
    else:
        body = theirs.get("body", "").encode("utf-8")
    request = botocore.awsrequest.AWSRequest(method=theirs["method"], url=theirs["url"], headers=headers, data=body)
    credentials = botocore.credentials.Credentials(spec["accessKey"], spec["secretKey"], spec.get("sessionToken"))
    signer_class = botocore.auth.S3SigV4Auth if scope[3] == "s3" else botocore.auth.SigV4Auth
    signer_class(credentials, scope[3], scope[2]).add_auth(request)
    json.dump({"authorization": request.headers["Authorization"]}, sys.stdout)
    print()


def main():
    spec = json.load(sys.stdin)
    signing_time = datetime.datetime.fromisoformat(spec["signingTime"].replace("Z", "+00:00"))
    fixed = signing_time.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    # botocore reads the clock through this function when it signs.
    botocore.auth.get_current_datetime = lambda remove_tzinfo=True: fixed
    if "verify" in spec:
        verify(spec)
        return

    session = botocore.session.get_session()
    client = session.create_client(
        spec["service"],
        region_name=spec["region"],
        endpoint_url=spec.get("endpointUrl"),
        aws_access_key_id=spec["accessKey"],
        aws_secret_access_key=spec["secretKey"],
        aws_session_token=spec.get("sessionToken"),
        config=botocore.config.Config(**spec.get("config", {})),
    )
    operation = client.meta.service_model.operation_model(spec["operation"])
    params = decode_blobs(spec.get("params", {}), operation.input_shape)
    captured = {}

    def fix_invocation_id(request, **kwargs):
        # The id is random per call and signed: use the one the other side drew.
        request.headers["amz-sdk-invocation-id"] = spec["invocationId"]

    def capture(request, **kwargs):
        captured["request"] = request
        # A response stands in for the network so that nothing is sent.
        return botocore.awsrequest.AWSResponse(request.url, 200, {}, None)

    events = client.meta.events
    events.register_last("request-created", fix_invocation_id)
    # Registered first on before-sign would run before add_retry_headers; run after it instead.
    events.register("before-send", capture)
    try:
        client._make_api_call(spec["operation"], params)
    except Exception:
        pass  # parsing the empty stand-in response may fail; the request is what we want
    request = captured["request"]
    body = request.body
    if hasattr(body, "read"):
        body = body.read()
    if isinstance(body, str):
        body = body.encode("utf-8")
    body = body or b""
    out = {
        "method": request.method,
        "url": request.url,
        "headers": {k: (v.decode("utf-8") if isinstance(v, bytes) else v) for k, v in request.headers.items()},
    }
    try:
        out["body"] = body.decode("utf-8")
    except UnicodeDecodeError:
        out["bodyBase64"] = base64.b64encode(body).decode("ascii")
    json.dump(out, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
