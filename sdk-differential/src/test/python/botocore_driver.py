#!/usr/bin/env python3
"""botocore's side of boto4j's differential test: one process per run, JSON lines in and out.

Loading botocore clients is slow (a model is parsed per service), so the Java side starts this
script once and sends one JSON object per line; the script answers each with one JSON object per
line, carrying the same "id". Clients are cached per service and client settings. Nothing is
ever sent: a handler on botocore's "before-send" event captures the request, or answers it with a
canned response.

Messages (every one has "kind" and "id"; "client" is {"service", "region", "endpointUrl"?,
"config"?} where "config" holds botocore Config arguments):

  {"kind": "request", "client", "operation", "params"}
      -> {"request": {"method", "url", "headers": [[name, value]...], "body": base64}}
      or {"refused": "ExceptionClass: message"} when botocore raises before sending.
  {"kind": "verify", "request": {... as above, boto4j's ...}}
      -> {"authorization": ...}: botocore's SigV4 signer signs boto4j's exact request again (the
      same headers signed, the same time and credentials).
  {"kind": "response", "client", "operation", "params", "status", "headers", "body": base64}
      -> {"result": {...}, "requestId"} or {"error": {"code", "message", "fields", "status"}}
      or {"refused": ...}.

"params" are the caller's input as JSON, read with the operation's input shape: blobs are base64
text, timestamps are epoch seconds as a decimal string. Results come back in the same plain form:
blobs {"$blob": base64}, timestamps {"$ts": "YYYY-MM-DDTHH:MM:SS.ffffffZ"}, floats that JSON cannot
carry {"$float": "NaN"}.

The first line written is {"ready": true, "botocore": version} or, when botocore cannot be
imported, {"ready": false, "reason": ...} (and the script exits 3) so that the test can skip.
"""
import base64
import datetime
import decimal
import io
import json
import math
import sys

try:
    import botocore
    import botocore.auth
    import botocore.awsrequest
    import botocore.config
    import botocore.credentials
    import botocore.exceptions
    import botocore.response
    import botocore.session
except ImportError as missing:  # pragma: no cover - depends on the machine
    print(json.dumps({"ready": False, "reason": "botocore is not installed: %s" % missing}), flush=True)
    sys.exit(3)

ACCESS_KEY = "AKIDEXAMPLE"
SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)


class Captured(Exception):
    """Raised from before-send once the request is captured, so that nothing else runs."""


class CannedRaw:
    """The raw-stream side of a canned response, as urllib3 would give it to botocore."""

    def __init__(self, data):
        self._data = io.BytesIO(data)

    def read(self, amt=None):
        return self._data.read() if amt is None else self._data.read(amt)

    def stream(self, amt=1024, decode_content=None):
        while True:
            chunk = self._data.read(amt)
            if not chunk:
                return
            yield chunk

    def close(self):
        pass


class Driver:
    def __init__(self, settings):
        self.session = botocore.session.get_session()
        self.clients = {}
        self.session_token = settings.get("sessionToken")
        self.pending = None  # what the before-send handler does for the call in progress
        signing_time = datetime.datetime.fromisoformat(settings["signingTime"].replace("Z", "+00:00"))
        fixed = signing_time.astimezone(datetime.timezone.utc).replace(tzinfo=None)
        # botocore reads the clock through this function when it signs.
        botocore.auth.get_current_datetime = lambda remove_tzinfo=True: fixed

    # ------------------------------------------------------------------ clients

    def client(self, spec):
        key = json.dumps(spec, sort_keys=True)
        client = self.clients.get(key)
        if client is None:
            config = dict(spec.get("config") or {})
            client = self.session.create_client(
                spec["service"],
                region_name=spec["region"],
                endpoint_url=spec.get("endpointUrl"),
                aws_access_key_id=ACCESS_KEY,
                aws_secret_access_key=SECRET_KEY,
                aws_session_token=self.session_token,
                config=botocore.config.Config(**config),
            )
            client.meta.events.register("before-send", self.before_send)
            self.clients[key] = client
        return client

    def before_send(self, request, **kwargs):
        pending = self.pending
        if pending is None:
            raise Captured()
        if pending["mode"] == "capture":
            pending["request"] = request
            raise Captured()
        return botocore.awsrequest.AWSResponse(
            request.url, pending["status"], pending["headers"], CannedRaw(pending["body"]))

    # ------------------------------------------------------------------ messages

    def request(self, msg):
        client = self.client(msg["client"])
        operation = client.meta.service_model.operation_model(msg["operation"])
        params = from_wire(msg.get("params") or {}, operation.input_shape)
        self.pending = {"mode": "capture"}
        try:
            client._make_api_call(msg["operation"], params)
        except Captured:
            pass
        except Exception as e:  # botocore refused the input, or failed before sending
            if "request" not in self.pending:
                return {"refused": refusal(e)}
        finally:
            pending, self.pending = self.pending, None
        request = pending.get("request")
        if request is None:
            return {"refused": "botocore sent nothing"}
        return {"request": wire_request(request)}

    def response(self, msg):
        client = self.client(msg["client"])
        operation = client.meta.service_model.operation_model(msg["operation"])
        params = from_wire(msg.get("params") or {}, operation.input_shape)
        headers = [(k, v) for k, v in msg.get("headers", [])]
        self.pending = {"mode": "respond", "status": msg["status"], "headers": headers,
                        "body": base64.b64decode(msg.get("body", ""))}
        try:
            parsed = client._make_api_call(msg["operation"], params)
            metadata = parsed.pop("ResponseMetadata", {})
            # Reading a streaming body may fail too (a checksum that does not match).
            return {"result": plain(parsed), "requestId": metadata.get("RequestId")}
        except botocore.exceptions.ClientError as e:
            return {"error": error_of(e.response)}
        except Exception as e:
            return {"refused": refusal(e)}
        finally:
            self.pending = None

    def verify(self, msg):
        theirs = msg["request"]
        headers = theirs["headers"]
        auth = next(v for k, v in headers if k.lower() == "authorization")
        signed = auth.split("SignedHeaders=")[1].split(",")[0].split(";")
        scope = auth.split("Credential=")[1].split(",")[0].split("/")
        kept = [(k, v) for k, v in headers if k.lower() in signed and k.lower() != "host"]
        request = botocore.awsrequest.AWSRequest(method=theirs["method"], url=theirs["url"],
                                                 data=base64.b64decode(theirs.get("body", "")))
        for k, v in kept:
            request.headers[k] = v
        credentials = botocore.credentials.Credentials(ACCESS_KEY, SECRET_KEY, self.session_token)
        # SigV4 that signs x-amz-content-sha256 as the request carries it (S3SigV4Auth would
        # compute its own); first with SigV4's path normalisation, then with S3's (the path as
        # it is), since which one applies depends on how botocore resolved the auth scheme.
        signed = None
        for signer in (botocore.auth.SigV4Auth, S3PathSigV4Auth):
            attempt = _copy(request)
            signer(credentials, scope[3], scope[2]).add_auth(attempt)
            signed = attempt.headers["Authorization"]
            if signed == auth:
                break
        return {"authorization": signed}


class S3PathSigV4Auth(botocore.auth.SigV4Auth):
    """SigV4 with S3's canonical path: not normalised, not encoded again."""

    def _normalize_url_path(self, path):
        return path


def _copy(request):
    copy = botocore.awsrequest.AWSRequest(method=request.method, url=request.url, data=request.data)
    for k, v in request.headers.items():
        copy.headers[k] = v
    return copy


# ---------------------------------------------------------------------- values


def from_wire(value, shape):
    """The JSON form of an input to botocore's Python form, guided by the shape."""
    if value is None or shape is None:
        return value
    kind = shape.type_name
    if kind == "structure" and isinstance(value, dict):
        return {k: from_wire(v, shape.members.get(k)) for k, v in value.items()}
    if kind == "list" and isinstance(value, list):
        return [from_wire(v, shape.member) for v in value]
    if kind == "map" and isinstance(value, dict):
        return {k: from_wire(v, shape.value) for k, v in value.items()}
    if kind == "blob" and isinstance(value, str):
        return base64.b64decode(value)
    if kind == "timestamp" and isinstance(value, str):
        micros = int((decimal.Decimal(value) * 1000000).to_integral_value())
        return EPOCH + datetime.timedelta(microseconds=micros)
    if kind in ("float", "double") and isinstance(value, dict) and "$float" in value:
        return float(value["$float"])
    if kind in ("float", "double") and isinstance(value, int) and not isinstance(value, bool):
        return float(value)  # JSON wrote 2.0 as 2; a Python caller passes a float
    return value


def plain(value):
    """A parsed result as JSON: blobs, timestamps and non-finite floats tagged."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return {"$blob": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, botocore.response.StreamingBody):
        return {"$blob": base64.b64encode(value.read()).decode("ascii")}
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
        return {"$ts": value.strftime("%Y-%m-%dT%H:%M:%S.%fZ")}
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return {"$float": "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")}
    if isinstance(value, decimal.Decimal):
        return float(value)
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return {"$unsupported": type(value).__name__}


def error_of(response):
    error = dict(response.get("Error", {}))
    fields = {k: v for k, v in response.items() if k not in ("Error", "ResponseMetadata")}
    metadata = response.get("ResponseMetadata", {})
    return {
        "code": error.pop("Code", None),
        "message": error.pop("Message", None),
        "fields": plain(fields),
        "status": metadata.get("HTTPStatusCode"),
        "requestId": metadata.get("RequestId"),
    }


def refusal(e):
    return "%s: %s" % (type(e).__name__, e)


def wire_request(request):
    body = request.body
    if hasattr(body, "read"):
        body = body.read()
    if isinstance(body, str):
        body = body.encode("utf-8")
    headers = []
    for k, v in request.headers.items():
        headers.append([k, v.decode("utf-8") if isinstance(v, bytes) else v])
    return {
        "method": request.method,
        "url": request.url,
        "headers": headers,
        "body": base64.b64encode(body or b"").decode("ascii"),
    }


def main():
    settings = json.loads(sys.argv[1]) if len(sys.argv) > 1 else {}
    driver = Driver(settings)
    handlers = {"request": driver.request, "response": driver.response, "verify": driver.verify}
    print(json.dumps({"ready": True, "botocore": botocore.__version__}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        msg = json.loads(line)
        try:
            out = handlers[msg["kind"]](msg)
        except Exception as e:  # a bug on this side: reported, never fatal for the run
            out = {"crash": refusal(e)}
        out["id"] = msg.get("id")
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
