package dev.zhengce.policy.calc;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.zhengce.policy.model.Cny;
import dev.zhengce.policy.model.InvalidInputException;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The history of one manufacturing innovation center (制造业创新中心): the year it was put on
 * the city's cultivation list, the years it was certified as a city center and promoted to a
 * provincial one, and its qualifying spending year by year, in yuan by cost category.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCenterHistory.class)
@JsonDeserialize(as = ImmutableCenterHistory.class)
public abstract class CenterHistory {
    /** {@return the center's reference} */
    public abstract String id();

    /** {@return the year it was put on the cultivation list (列入培育名单年度)} */
    public abstract int listingYear();

    /** {@return the year it was certified as a city innovation center (认定为市创新中心), if it was} */
    public abstract Optional<Integer> certifiedYear();

    /** {@return the year it was promoted to a provincial innovation center (晋升为省级), if it was} */
    public abstract Optional<Integer> promotedYear();

    /** {@return the qualifying spending by year, in yuan by cost category} */
    public abstract Map<Integer, Map<String, BigDecimal>> spending();

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Inputs.text("id", id());
        Inputs.year("listingYear", listingYear());
        certifiedYear().ifPresent(y -> {
            Inputs.year("certifiedYear", y);
            if (y < listingYear()) {
                throw new InvalidInputException(
                        "certifiedYear",
                        y.toString(),
                        "certified before it was listed (listingYear " + listingYear() + ")");
            }
        });
        promotedYear().ifPresent(y -> {
            Inputs.year("promotedYear", y);
            if (y < listingYear()) {
                throw new InvalidInputException(
                        "promotedYear",
                        y.toString(),
                        "promoted before it was listed (listingYear " + listingYear() + ")");
            }
        });
        if (spending().size() > 100) {
            throw new InvalidInputException("spending", spending().size() + " years", "at most 100 years");
        }
        spending().forEach((year, costs) -> {
            Inputs.year("spending." + year, year);
            costs.forEach((category, yuan) -> Cny.yuan("spending." + year + "." + category, yuan));
        });
    }

    /** Builds a {@link CenterHistory}. */
    public static final class Builder extends ImmutableCenterHistory.Builder {}
}
