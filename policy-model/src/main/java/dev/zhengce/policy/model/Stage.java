package dev.zhengce.policy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The stage of a recipient's history a rule pays for, with the words of the text that place it
 * there: listed for cultivation, certified, promoted. A year-by-year schedule (such as an
 * innovation center's: 凡列入市创新中心培育名单的单位,在培育期内 …; 凡认定为市创新中心的 …;
 * 对晋升为省级创新中心的 …) finds its rules by their stage, never by their ids.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStage.class)
@JsonDeserialize(as = ImmutableStage.class)
public abstract class Stage {
    /** The stages of a history that is listed, then certified, then promoted. */
    public enum Step {
        /** On the cultivation list and not yet certified: paid for each spending year until certification. */
        LISTED,
        /** Certified: paid for each spending year from the certification year on. */
        CERTIFIED,
        /** Promoted: paid once, in the promotion year. */
        PROMOTED
    }

    /** {@return the stage} */
    public abstract Step step();

    /** {@return the words of the rule's sentence that name the stage} */
    public abstract Citation citation();

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the stage, such as {@code LISTED}. */
    @Override
    public String toString() {
        return step().name();
    }

    /** Builds a {@link Stage}. */
    public static final class Builder extends ImmutableStage.Builder {}
}
