package io.qantar.actors.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qantar.common.testing.Quotations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the shipped actors put in quotation marks is the wording of the article they cite. */
class DatasetQuotesTest {

    @Test
    void everyQuotationIsTheCitedArticlesWording() {
        assertEquals(List.of(), Quotations.misquotationsIn(ActorDatasetLoader.FILES.toArray(String[]::new)));
    }
}
