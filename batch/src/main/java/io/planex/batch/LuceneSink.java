package io.planex.batch;

import io.planex.extract.model.PageMap;
import io.planex.extract.model.PlanRecord;
import io.planex.index.PlanIndex;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** The local Lucene index as an ingest's sink. */
final class LuceneSink implements IndexSink {
    private final PlanIndex index;

    LuceneSink(PlanIndex index) {
        this.index = index;
    }

    @Override
    public void put(PlanRecord record, String text, List<String> paths) throws IOException {
        index.put(record, text, paths);
    }

    @Override
    public void put(PlanRecord record, String text, List<String> paths, PageMap pages) throws IOException {
        index.put(record, text, paths, pages);
    }

    @Override
    public void delete(String id) throws IOException {
        index.delete(id);
    }

    @Override
    public void commit(Map<String, String> userData) throws IOException {
        index.commit(userData);
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
