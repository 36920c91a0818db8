package io.boto4j.core.eventstream;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.boto4j.core.model.OperationModel;
import io.boto4j.core.model.ServiceModel;

import java.io.UncheckedIOException;

/** Small models that mirror the event stream shapes of real services. */
final class EventModels {
    private EventModels() {
    }

    /** S3 SelectObjectContent: rest-xml, the stream is the output payload, XML event payloads. */
    static OperationModel s3Select() {
        return load("s3", """
            {"metadata": {"protocol": "rest-xml", "apiVersion": "2006-03-01"},
             "operations": {"SelectObjectContent": {"name": "SelectObjectContent",
                 "http": {"method": "POST", "requestUri": "/{Bucket}/{Key+}?select&select-type=2"},
                 "output": {"shape": "SelectObjectContentOutput"}}},
             "shapes": {
               "SelectObjectContentOutput": {"type": "structure", "payload": "Payload",
                 "members": {"Payload": {"shape": "SelectObjectContentEventStream"}}},
               "SelectObjectContentEventStream": {"type": "structure", "eventstream": true, "members": {
                 "Records": {"shape": "RecordsEvent"}, "Stats": {"shape": "StatsEvent"},
                 "Progress": {"shape": "ProgressEvent"}, "Cont": {"shape": "ContinuationEvent"},
                 "End": {"shape": "EndEvent"}}},
               "RecordsEvent": {"type": "structure", "event": true,
                 "members": {"Payload": {"shape": "Body", "eventpayload": true}}},
               "StatsEvent": {"type": "structure", "event": true,
                 "members": {"Details": {"shape": "Stats", "eventpayload": true}}},
               "ProgressEvent": {"type": "structure", "event": true,
                 "members": {"Details": {"shape": "Progress", "eventpayload": true}}},
               "ContinuationEvent": {"type": "structure", "event": true, "members": {}},
               "EndEvent": {"type": "structure", "event": true, "members": {}},
               "Stats": {"type": "structure", "members": {"BytesScanned": {"shape": "Long"},
                 "BytesProcessed": {"shape": "Long"}, "BytesReturned": {"shape": "Long"}}},
               "Progress": {"type": "structure", "members": {"BytesScanned": {"shape": "Long"},
                 "BytesProcessed": {"shape": "Long"}, "BytesReturned": {"shape": "Long"}}},
               "Body": {"type": "blob"},
               "Long": {"type": "long"}}}
            """).operation("SelectObjectContent");
    }

    /**
     * Kinesis SubscribeToShard (json protocol, so an initial-response comes first), with an
     * extra output member to see that response's content.
     */
    static OperationModel kinesisSubscribe() {
        return load("kinesis", """
            {"metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Kinesis_20131202"},
             "operations": {"SubscribeToShard": {"name": "SubscribeToShard",
                 "http": {"method": "POST", "requestUri": "/"},
                 "output": {"shape": "SubscribeToShardOutput"}}},
             "shapes": {
               "SubscribeToShardOutput": {"type": "structure", "required": ["EventStream"], "members": {
                 "Note": {"shape": "String"},
                 "EventStream": {"shape": "SubscribeToShardEventStream"}}},
               "SubscribeToShardEventStream": {"type": "structure", "eventstream": true, "members": {
                 "SubscribeToShardEvent": {"shape": "SubscribeToShardEvent"},
                 "ResourceNotFoundException": {"shape": "ResourceNotFoundException"}}},
               "SubscribeToShardEvent": {"type": "structure", "event": true, "members": {
                 "Records": {"shape": "RecordList"},
                 "ContinuationSequenceNumber": {"shape": "String"},
                 "MillisBehindLatest": {"shape": "Long"}}},
               "RecordList": {"type": "list", "member": {"shape": "Record"}},
               "Record": {"type": "structure", "members": {
                 "SequenceNumber": {"shape": "String"},
                 "ApproximateArrivalTimestamp": {"shape": "Timestamp"},
                 "Data": {"shape": "Blob"}, "PartitionKey": {"shape": "String"}}},
               "ResourceNotFoundException": {"type": "structure", "exception": true,
                 "members": {"message": {"shape": "String"}}},
               "String": {"type": "string"}, "Long": {"type": "long"},
               "Timestamp": {"type": "timestamp"}, "Blob": {"type": "blob"}}}
            """).operation("SubscribeToShard");
    }

    /**
     * A rest-json stream (Bedrock ConverseStream style) with event header members of every
     * kind, a string payload, and a structure payload.
     */
    static OperationModel restJsonStream() {
        return load("bedrock", """
            {"metadata": {"protocol": "rest-json", "protocols": ["rest-json"]},
             "operations": {"Stream": {"name": "Stream", "http": {"method": "POST", "requestUri": "/s"},
                 "output": {"shape": "StreamOutput"}}},
             "shapes": {
               "StreamOutput": {"type": "structure", "payload": "Stream",
                 "members": {"Stream": {"shape": "Events"}}},
               "Events": {"type": "structure", "eventstream": true, "members": {
                 "Headers": {"shape": "HeaderEvent"}, "Text": {"shape": "TextEvent"},
                 "Delta": {"shape": "DeltaEvent"}, "Plain": {"shape": "PlainEvent"},
                 "ThrottlingException": {"shape": "ThrottlingException"}}},
               "HeaderEvent": {"type": "structure", "event": true, "members": {
                 "Flag": {"shape": "Boolean", "eventheader": true},
                 "Small": {"shape": "Integer", "eventheader": true},
                 "Count": {"shape": "Integer", "eventheader": true},
                 "Big": {"shape": "Long", "eventheader": true},
                 "Raw": {"shape": "Blob", "eventheader": true},
                 "Name": {"shape": "String", "eventheader": true},
                 "At": {"shape": "Timestamp", "eventheader": true},
                 "AtMillis": {"shape": "Timestamp", "eventheader": true},
                 "Id": {"shape": "String", "eventheader": true},
                 "IdBytes": {"shape": "Blob", "eventheader": true},
                 "Absent": {"shape": "String", "eventheader": true}}},
               "TextEvent": {"type": "structure", "event": true, "members": {
                 "Seq": {"shape": "Integer", "eventheader": true},
                 "Text": {"shape": "String", "eventpayload": true}}},
               "DeltaEvent": {"type": "structure", "event": true, "members": {
                 "Delta": {"shape": "Delta", "eventpayload": true}}},
               "PlainEvent": {"type": "structure", "event": true, "members": {
                 "Index": {"shape": "Integer"}, "Tags": {"shape": "Tags"}, "When": {"shape": "Timestamp"}}},
               "Delta": {"type": "structure", "members": {"text": {"shape": "String"}, "n": {"shape": "Integer"}}},
               "Tags": {"type": "list", "member": {"shape": "String"}},
               "ThrottlingException": {"type": "structure", "exception": true, "members": {
                 "Message": {"shape": "String"}, "RetryAfter": {"shape": "Integer", "eventheader": true}}},
               "Boolean": {"type": "boolean"}, "Integer": {"type": "integer"}, "Long": {"type": "long"},
               "Blob": {"type": "blob"}, "String": {"type": "string"}, "Timestamp": {"type": "timestamp"}}}
            """).operation("Stream");
    }

    /** A smithy-rpc-v2-cbor stream: initial response and event bodies in CBOR. */
    static OperationModel cborStream() {
        return load("cborsvc", """
            {"metadata": {"protocol": "smithy-rpc-v2-cbor", "protocols": ["smithy-rpc-v2-cbor"]},
             "operations": {"Watch": {"name": "Watch", "output": {"shape": "WatchOutput"}}},
             "shapes": {
               "WatchOutput": {"type": "structure", "members": {
                 "Token": {"shape": "String"}, "Events": {"shape": "Events"}}},
               "Events": {"type": "structure", "eventstream": true, "members": {
                 "Tick": {"shape": "Tick"}}},
               "Tick": {"type": "structure", "event": true, "members": {
                 "Count": {"shape": "Integer"}, "Data": {"shape": "Blob"}}},
               "String": {"type": "string"}, "Integer": {"type": "integer"}, "Blob": {"type": "blob"}}}
            """).operation("Watch");
    }

    private static ServiceModel load(String name, String json) {
        try {
            return ServiceModel.fromJson(name, new ObjectMapper().readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
