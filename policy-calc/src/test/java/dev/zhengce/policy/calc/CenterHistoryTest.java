package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.model.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A center's history refuses years that contradict each other. */
class CenterHistoryTest {
    @Test
    void refusesACertificationBeforeTheListing() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> CenterHistory.builder()
                        .id("c")
                        .listingYear(2019)
                        .certifiedYear(2018)
                        .build());
        assertEquals("certifiedYear", e.field());
        assertTrue(e.getMessage().contains("certified before"), e::getMessage);
    }

    @Test
    void refusesAPromotionBeforeTheListing() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> CenterHistory.builder()
                        .id("c")
                        .listingYear(2019)
                        .promotedYear(2018)
                        .build());
        assertEquals("promotedYear", e.field());
        assertTrue(e.getMessage().contains("promoted before"), e::getMessage);
    }

    @Test
    void acceptsACertificationInTheListingYear() {
        assertEquals(
                2019,
                CenterHistory.builder()
                        .id("c")
                        .listingYear(2019)
                        .certifiedYear(2019)
                        .build()
                        .certifiedYear()
                        .orElseThrow()
                        .intValue());
    }
}
