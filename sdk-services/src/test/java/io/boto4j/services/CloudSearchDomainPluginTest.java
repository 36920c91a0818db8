package io.boto4j.services;

import org.junit.jupiter.api.Test;

import java.util.Map;

/** CloudSearch domain searches as botocore 1.43.107 sends them. */
class CloudSearchDomainPluginTest {
    private static final String DOMAIN = "https://search-movies-abc123.us-east-1.cloudsearch.amazonaws.com";
    private static final String HITS = "{\"status\":{\"rid\":\"r\",\"timems\":2},\"hits\":{\"found\":0,\"start\":0,\"hit\":[]}}";

    @Test
    void aSearchIsAPostOfItsParameters() {
        new Wire.Case("cloudsearchdomain").endpointUrl(DOMAIN)
                .call("Search", Params.of("query", "star wars & \"ünïcode\"", "queryParser", "simple", "size", 10))
                .respond(200, Map.of(), HITS)
                .call("Search", Params.of("query", "x", "returnFields", "title,year"))
                .respond(200, Map.of(), HITS)
                .call("Suggest", Map.of("query", "sta", "suggester", "titles"))
                .respond(200, Map.of(), "{\"status\":{},\"suggest\":{\"query\":\"sta\",\"found\":0,\"suggestions\":[]}}")
                .run().assertSame();
    }
}
