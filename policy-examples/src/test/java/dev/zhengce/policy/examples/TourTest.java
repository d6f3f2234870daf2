package dev.zhengce.policy.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.model.Language;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TourTest {
    @ParameterizedTest
    @EnumSource(Language.class)
    void tourShowsPlansWorkedAwardsScorecardAndFindings(Language language) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Tour.run(language, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        for (String expected : new String[] {
            "孟政〔2017〕25号",
            "[technological-innovation]",
            "A-02 (mengzhou-leather) → PAYABLE, 10,000,000.00 元",
            "A-05 (center-auto-parts) → PAYABLE, 1,346,913.58 元",
            "A-10 (mengzhou-leather) → UNDETERMINED",
            "19,876,913.58 元",
            "renovation-share-2018  NOT_MET",
            "DIFFERENT_NUMBERS",
            "[cultivated-count]",
            "[differential-price-form]",
            "豫政〔2023〕7号",
            "renovation-investment-2018: NOT_MET → MET",
            "A-07: PAYABLE, 600,000.00 元 → "
        }) {
            assertTrue(text.contains(expected), () -> language + " tour lacks " + expected + ":\n" + text);
        }
        // a rule's summary in the tour's language, with the cap's period named, not its constant
        String cap = language == Language.ZH ? "上限 10,000,000.00 元（每个项目）" : "cap 10,000,000.00 元 per project";
        assertTrue(text.contains(cap), () -> language + " tour lacks " + cap + ":\n" + text);
        assertTrue(!text.contains("PER_PROJECT"), () -> language + " tour shows a constant:\n" + text);
    }
}
