package io.qantar.events.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qantar.common.testing.Quotations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the shipped events and causal links put in quotation marks is the wording of the article they cite. */
class DatasetQuotesTest {

    @Test
    void everyQuotationIsTheCitedArticlesWording() {
        assertEquals(List.of(), Quotations.misquotationsIn(DatasetLoader.EVENTS, DatasetLoader.CAUSAL_LINKS));
    }
}
