package io.qantar.reactions.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qantar.common.testing.Quotations;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every reaction's quote, and whatever its texts put in quotation marks, is the wording of the article it cites. */
class DatasetQuotesTest {

    @Test
    void everyQuotationIsTheCitedArticlesWording() {
        assertEquals(List.of(), Quotations.misquotationsIn(ReactionDatasetLoader.RESOURCE));
    }
}
