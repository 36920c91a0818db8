#!/usr/bin/env python3
"""Generates scenarios.json: botocore's paginator behaviour on canned pages.

Run once with the machine's Python (botocore 1.43.x), from this directory:
    python3 generate.py
and commit the output. PaginatorScenarioTest replays each scenario through
io.boto4j.core.paginate with a fake page function returning the same canned pages.

For each scenario, botocore.paginate.Paginator runs over a fake operation that returns the
canned pages in order (deep copies, since botocore truncates pages in place) and records the
keyword arguments of each call. Recorded: the requests, the pages yielded, the resume token,
build_full_result() (on a fresh run), search() results (on a fresh run), or the error.
"""
import copy
import json
import os

import botocore
from botocore.exceptions import PaginationError
from botocore.paginate import Paginator, TokenEncoder


class FakeShape:
    def __init__(self, type_name):
        self.type_name = type_name


class FakeModel:
    def __init__(self, limit_key, limit_type):
        members = {}
        if limit_key:
            members[limit_key] = FakeShape(limit_type)
        self.input_shape = type("Input", (), {"members": members})()


class FakeOperation:
    def __init__(self, pages):
        self.pages = pages
        self.requests = []

    def __call__(self, **kwargs):
        self.requests.append(copy.deepcopy(kwargs))
        if len(self.requests) > len(self.pages):
            raise AssertionError("more requests than canned pages")
        return copy.deepcopy(self.pages[len(self.requests) - 1])


SCENARIOS = []


def scenario(name, config, pages, params=None, pagination=None, search=None, limit_type="integer"):
    params = params or {}
    pagination = pagination or {}

    def paginate(operation):
        paginator = Paginator(operation, config, FakeModel(config.get("limit_key"), limit_type))
        kwargs = copy.deepcopy(params)
        if pagination:
            kwargs["PaginationConfig"] = dict(pagination)
        return paginator.paginate(**kwargs)

    out = {"name": name, "config": config, "limitType": limit_type, "pages": pages, "input": params,
           "pagination": pagination}
    operation = FakeOperation(pages)
    yielded = []
    try:
        iterator = paginate(operation)
        for page in iterator:
            yielded.append(copy.deepcopy(page))
        out["resumeToken"] = iterator.resume_token
    except PaginationError as e:
        out["error"] = str(e)
    except ValueError as e:
        out["error"] = str(e)
    out["expectedRequests"] = operation.requests
    out["expectedPages"] = yielded
    if "error" not in out:
        out["expectedFullResult"] = paginate(FakeOperation(pages)).build_full_result()
        if search:
            out["search"] = search
            out["expectedSearch"] = list(paginate(FakeOperation(pages)).search(search))
    SCENARIOS.append(out)


def token(value):
    return TokenEncoder().encode(value)


SIMPLE = {"input_token": "NextToken", "output_token": "NextToken", "limit_key": "MaxResults",
          "result_key": "Items"}
THREE = [{"Items": [1, 2, 3], "NextToken": "t1"}, {"Items": [4, 5, 6], "NextToken": "t2"},
         {"Items": [7, 8], "Other": "x"}]

scenario("all pages", SIMPLE, THREE, params={"Filter": "f"}, search="Items")
scenario("input is kept and page size injected", SIMPLE, THREE, params={"Filter": "f"},
         pagination={"PageSize": 3})
scenario("page size as string for a string limit key", SIMPLE, THREE, pagination={"PageSize": 3},
         limit_type="string")
scenario("max items mid-page", SIMPLE, THREE, pagination={"MaxItems": 4})
scenario("max items on first page", SIMPLE, THREE, pagination={"MaxItems": 2})
scenario("max items on a page boundary", SIMPLE, THREE, pagination={"MaxItems": 3})
scenario("max items beyond the end", SIMPLE, THREE, pagination={"MaxItems": 100})
scenario("max items equal to the total", SIMPLE, THREE, pagination={"MaxItems": 8})
scenario("resume after a mid-page truncation", SIMPLE, THREE[1:],
         pagination={"StartingToken": token({"NextToken": "t1", "boto_truncate_amount": 1}), "MaxItems": 3})
scenario("resume after a truncation on the first page", SIMPLE, THREE,
         pagination={"StartingToken": token({"NextToken": None, "boto_truncate_amount": 2})})
scenario("resume on a page boundary", SIMPLE, THREE[1:],
         pagination={"StartingToken": token({"NextToken": "t1"})})
scenario("resume and truncate again in the first page", SIMPLE, THREE[1:],
         pagination={"StartingToken": token({"NextToken": "t1", "boto_truncate_amount": 1}), "MaxItems": 1})
scenario("deprecated starting token", SIMPLE, THREE[1:], pagination={"StartingToken": "t1___1"})
scenario("opaque starting token", SIMPLE, THREE[1:], pagination={"StartingToken": "t1"})
scenario("same token twice", SIMPLE, [{"Items": [1], "NextToken": "same"}, {"Items": [2], "NextToken": "same"},
                                      {"Items": [3]}])
scenario("empty token ends", SIMPLE, [{"Items": [1], "NextToken": ""}, {"Items": [2]}])
scenario("missing result key", SIMPLE, [{"NextToken": "a"}, {"Items": [1, 2]}], pagination={"MaxItems": 1})
scenario("page size without a limit key", {"input_token": "Marker", "output_token": "NextMarker",
                                           "result_key": "Items"}, THREE, pagination={"PageSize": 2})
scenario("bad starting token keys", SIMPLE, THREE, pagination={"StartingToken": token({"Marker": "x"})})

S3_LIST_OBJECTS = {"more_results": "IsTruncated", "limit_key": "MaxKeys",
                   "output_token": "NextMarker || Contents[-1].Key", "input_token": "Marker",
                   "result_key": ["Contents", "CommonPrefixes"]}
S3_PAGES = [{"IsTruncated": True, "Name": "b", "Contents": [{"Key": "a"}, {"Key": "b"}],
             "CommonPrefixes": [{"Prefix": "p1/"}]},
            {"IsTruncated": True, "Name": "b", "NextMarker": "d", "Contents": [{"Key": "c"}, {"Key": "d"}]},
            {"IsTruncated": False, "Name": "b", "Contents": [{"Key": "e"}], "CommonPrefixes": [{"Prefix": "p2/"}],
             "NextMarker": "ignored"}]
scenario("s3 ListObjects output token expression and more_results", S3_LIST_OBJECTS, S3_PAGES,
         params={"Bucket": "b"}, search="Contents[].Key")
scenario("s3 ListObjects max items", S3_LIST_OBJECTS, S3_PAGES, params={"Bucket": "b"},
         pagination={"MaxItems": 3, "PageSize": 2})
scenario("s3 ListObjects search of a non-list", S3_LIST_OBJECTS, S3_PAGES, params={"Bucket": "b"},
         search="CommonPrefixes[0].Prefix")

S3_VERSIONS = {"more_results": "IsTruncated", "limit_key": "MaxKeys",
               "output_token": ["NextKeyMarker", "NextVersionIdMarker"], "input_token": ["KeyMarker", "VersionIdMarker"],
               "result_key": ["Versions", "DeleteMarkers", "CommonPrefixes"]}
scenario("several tokens", S3_VERSIONS,
         [{"IsTruncated": True, "NextKeyMarker": "k1", "NextVersionIdMarker": "v1", "Versions": [{"Key": "a"}]},
          {"IsTruncated": True, "NextKeyMarker": "k2", "Versions": [{"Key": "b"}], "DeleteMarkers": [{"Key": "x"}]},
          {"IsTruncated": False, "Versions": [{"Key": "c"}, {"Key": "d"}]}], params={"Bucket": "b"})
scenario("several tokens truncated", S3_VERSIONS,
         [{"IsTruncated": True, "NextKeyMarker": "k1", "NextVersionIdMarker": "v1", "Versions": [{"Key": "a"}]},
          {"IsTruncated": True, "NextKeyMarker": "k2", "Versions": [{"Key": "b"}, {"Key": "b2"}],
           "DeleteMarkers": [{"Key": "x"}]},
          {"IsTruncated": False, "Versions": [{"Key": "c"}]}], pagination={"MaxItems": 2})

DDB_SCAN = {"input_token": "ExclusiveStartKey", "output_token": "LastEvaluatedKey", "limit_key": "Limit",
            "result_key": ["Items", "Count", "ScannedCount"], "non_aggregate_keys": ["ConsumedCapacity"]}
DDB_PAGES = [{"Items": [{"id": {"S": "1"}}, {"id": {"S": "2"}}], "Count": 2, "ScannedCount": 5,
              "LastEvaluatedKey": {"id": {"S": "2"}}, "ConsumedCapacity": {"TableName": "t", "CapacityUnits": 1.5}},
             {"Items": [{"id": {"S": "3"}}], "Count": 1, "ScannedCount": 3,
              "ConsumedCapacity": {"TableName": "t", "CapacityUnits": 0.5}}]
scenario("dynamodb Scan: map tokens, summed counts, non-aggregate keys", DDB_SCAN, DDB_PAGES,
         params={"TableName": "t"}, search="Items[].id.S")
scenario("dynamodb Scan truncated", DDB_SCAN, DDB_PAGES, params={"TableName": "t"}, pagination={"MaxItems": 1})
scenario("dynamodb Scan resumed", DDB_SCAN, DDB_PAGES,
         pagination={"StartingToken": token({"ExclusiveStartKey": None, "boto_truncate_amount": 1})})

NESTED = {"input_token": "Marker", "output_token": "Page.Next", "result_key": ["Page.Items", "Page.Names"],
          "more_results": "Page.More", "non_aggregate_keys": ["Meta.Version", "Region"]}
scenario("dotted result keys", NESTED,
         [{"Page": {"Next": "n1", "More": True, "Items": [1, 2], "Names": "ab"}, "Meta": {"Version": 1, "X": 0},
           "Region": "r1"},
          {"Page": {"Next": "n2", "More": True, "Items": [3], "Names": "c"}, "Meta": {"Version": 2}, "Region": "r2"},
          {"Page": {"Next": "n3", "More": False, "Items": [4]}, "Region": "r3"}])
scenario("dotted result keys truncated and resumed", NESTED,
         [{"Page": {"Next": "n2", "More": True, "Items": [3, 4, 5], "Names": "cde"}, "Region": "r2"},
          {"Page": {"More": False, "Items": [6], "Names": "f"}}],
         pagination={"StartingToken": token({"Marker": "n1", "boto_truncate_amount": 1}), "MaxItems": 3})
scenario("string None token is dropped", {"input_token": ["A", "B"], "output_token": ["NextA", "NextB"],
                                           "result_key": "Items"},
         [{"Items": [1], "NextA": "a", "NextB": "None"}, {"Items": [2], "NextA": "None", "NextB": "b"}, {"Items": [3]}],
         params={"B": "start"})


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "scenarios.json"), "w") as f:
        json.dump({"generator": "generate.py with botocore %s" % botocore.__version__, "scenarios": SCENARIOS},
                  f, indent=1)
        f.write("\n")
    print("%d scenarios" % len(SCENARIOS))


if __name__ == "__main__":
    main()
