package io.planex.batch;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planex.extract.json.RecordJson;

/**
 * The JSON mapper of the worker protocol. Jackson refuses strings over 20 million characters by default
 * (StreamReadConstraints), but a file under --max-bytes can hold more text than that (a 50 MB plain text), and
 * its text travels as one JSON string: the limit here is the protocol's, not Jackson's.
 */
final class ProtocolJson {
    private static final ObjectMapper MAPPER = newMapper();

    private ProtocolJson() {}

    static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper newMapper() {
        ObjectMapper m = RecordJson.mapper().copy();
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE)
                .maxDocumentLength(-1)
                .build());
        return m;
    }
}
