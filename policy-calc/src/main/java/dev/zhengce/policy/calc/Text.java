package dev.zhengce.policy.calc;

import java.util.List;

/**
 * A text of this module's bundle not yet written: its key and its arguments, which
 * {@link Explainer} writes in a language when asked. An argument is a plain value (written as
 * it is), a {@link dev.zhengce.policy.model.Bilingual} (its text in the language), another
 * {@code Text}, or a {@link Joined} list.
 */
record Text(String key, Object... args) {
    /** Parts written one after the other, with the separator of a key between them. */
    record Joined(String separatorKey, List<?> parts) {}
}
