package dev.zhengce.policy.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The ledger in memory tells a retry (the same id, the same facts) from another application under
 * an id already settled (any fact different), and a grant read back from storage is checked as a
 * claim's grant is.
 */
class LedgerRetryTest {
    private static final SubsidyCalculator CALC = SubsidyCalculator.of(Mengzhou.catalog());

    private static Application.Builder cultivation() {
        return Application.builder()
                .id("C-1")
                .applicant("center-x")
                .rule("innovation-center-cultivation-subsidy")
                .cost("rd-equipment-purchase", "1000000.00")
                .cost("pilot-test-equipment-purchase", "0")
                .year(2019)
                .listingYear(2018);
    }

    private static Application.Builder quality() {
        return Application.builder()
                .id("Q-1")
                .applicant("mengzhou-gear")
                .rule("quality-brand-award")
                .honour("中国质量奖")
                .amount(new BigDecimal("200000.00"));
    }

    @Test
    void theSameFactsAreARetryHoweverTheirAmountsAreWritten() {
        Ledger ledger = Ledger.inMemory();
        Award first = CALC.award(cultivation().build(), ledger);
        assertEquals(Award.Status.PAYABLE, first.status());
        Award again = CALC.award(
                cultivation()
                        .costs(Map.of(
                                "rd-equipment-purchase", new BigDecimal("1000000.0"),
                                "pilot-test-equipment-purchase", new BigDecimal("0.00")))
                        .build(),
                ledger);
        assertTrue(again.repeat(), again::toString);
        assertEquals(first.amount(), again.amount());
        assertEquals(1, ledger.grants("center-x").size());
    }

    @Test
    void anyOtherFactUnderAnIdAlreadySettledIsRefusedNamingTheId() {
        List<UnaryOperator<Application.Builder>> changes = List.of(
                b -> b.cost("rd-equipment-purchase", "1000000.01"),
                b -> b.cost("pilot-test-equipment-purchase", "1.00"),
                b -> b.year(2020),
                b -> b.listingYear(2019));
        for (UnaryOperator<Application.Builder> change : changes) {
            Ledger ledger = Ledger.inMemory();
            CALC.award(cultivation().build(), ledger);
            Application other = change.apply(cultivation()).build();
            InvalidInputException e =
                    assertThrows(InvalidInputException.class, () -> CALC.award(other, ledger), other::toString);
            assertEquals("id", e.field(), e.getMessage());
            assertEquals(Optional.of("C-1"), e.value());
        }
        List<UnaryOperator<Application.Builder>> qualityChanges =
                List.of(b -> b.amount(new BigDecimal("300000.00")), b -> b.honour("河南省著名商标"));
        for (UnaryOperator<Application.Builder> change : qualityChanges) {
            Ledger ledger = Ledger.inMemory();
            assertEquals(
                    Award.Status.PAYABLE, CALC.award(quality().build(), ledger).status());
            Application other = change.apply(quality()).build();
            InvalidInputException e =
                    assertThrows(InvalidInputException.class, () -> CALC.award(other, ledger), other::toString);
            assertEquals("id", e.field(), e.getMessage());
        }
    }

    @Test
    void aGrantReadBackIsCheckedAndComparedByEveryField() {
        Grant g = Grant.of(
                "C-1",
                "center-x",
                "innovation-center-cultivation-subsidy",
                Optional.of("year p 2019 center-x"),
                Award.Status.PAYABLE,
                new BigDecimal("10.00"),
                "f");
        assertEquals(Award.Status.PAYABLE, g.status());
        assertTrue(g.counts());
        assertTrue(g.toString().contains("[year p 2019 center-x]"), g::toString);
        Grant same = Grant.of(
                "C-1",
                "center-x",
                "innovation-center-cultivation-subsidy",
                Optional.of("year p 2019 center-x"),
                Award.Status.PAYABLE,
                new BigDecimal("10.00"),
                "f");
        assertEquals(g, same);
        assertEquals(g.hashCode(), same.hashCode());
        List<Grant> others = List.of(
                Grant.of("C-2", "center-x", "r", Optional.of("l"), Award.Status.PAYABLE, new BigDecimal("10.00"), "f"),
                Grant.of("C-1", "center-y", "r", Optional.of("l"), Award.Status.PAYABLE, new BigDecimal("10.00"), "f"),
                Grant.of("C-1", "center-x", "s", Optional.of("l"), Award.Status.PAYABLE, new BigDecimal("10.00"), "f"),
                Grant.of("C-1", "center-x", "r", Optional.empty(), Award.Status.PAYABLE, new BigDecimal("10.00"), "f"),
                Grant.of(
                        "C-1",
                        "center-x",
                        "r",
                        Optional.of("l"),
                        Award.Status.NOT_ELIGIBLE,
                        new BigDecimal("0.00"),
                        "f"),
                Grant.of("C-1", "center-x", "r", Optional.of("l"), Award.Status.PAYABLE, new BigDecimal("10.01"), "f"),
                Grant.of("C-1", "center-x", "r", Optional.of("l"), Award.Status.PAYABLE, new BigDecimal("10.00"), "g"));
        Grant base =
                Grant.of("C-1", "center-x", "r", Optional.of("l"), Award.Status.PAYABLE, new BigDecimal("10.00"), "f");
        for (Grant other : others) {
            assertNotEquals(base, other, other::toString);
        }
        assertFalse(Grant.of("Z", "z", "r", Optional.empty(), Award.Status.PAYABLE, new BigDecimal("0.00"), "f")
                .counts());
        assertTrue(Grant.of("Z", "z", "r", Optional.empty(), Award.Status.PAYABLE, new BigDecimal("0.01"), "f")
                .counts());
        assertFalse(Grant.of("Z", "z", "r", Optional.empty(), Award.Status.NOT_ELIGIBLE, new BigDecimal("0.00"), "f")
                .counts());
        assertFalse(Grant.of("Z", "z", "r", Optional.empty(), Award.Status.PAYABLE, new BigDecimal("0.00"), "f")
                .toString()
                .contains("["));
        for (BigDecimal bad : List.of(new BigDecimal("-0.01"), new BigDecimal("1.5"), new BigDecimal("1.000"))) {
            InvalidInputException e = assertThrows(
                    InvalidInputException.class,
                    () -> Grant.of("Z", "z", "r", Optional.empty(), Award.Status.PAYABLE, bad, "f"));
            assertEquals("amount", e.field());
        }
        assertEquals(
                "status",
                assertThrows(
                                InvalidInputException.class,
                                () -> Grant.of(
                                        "Z",
                                        "z",
                                        "r",
                                        Optional.empty(),
                                        Award.Status.UNDETERMINED,
                                        new BigDecimal("0.00"),
                                        "f"))
                        .field());
    }

    /** A batch is settled as its claims one by one: the second of an id in it is a retry, and a refused row is named by its index. */
    @Test
    void aBatchIsSettledAsItsClaimsOneByOneAndARefusedRowIsNamedByItsIndex() {
        Ledger batch = Ledger.inMemory();
        Ledger oneByOne = Ledger.inMemory();
        Application second = cultivation().id("C-2").build();
        List<Application> applications = List.of(cultivation().build(), second, second);
        List<Award> awards =
                batch.settleAll(applications.stream().map(CALC::claim).toList());
        assertEquals(3, awards.size());
        for (int i = 0; i < applications.size(); i++) {
            Award expected = CALC.award(applications.get(i), oneByOne);
            assertEquals(expected.amount(), awards.get(i).amount(), "row " + i);
            assertEquals(expected.repeat(), awards.get(i).repeat(), "row " + i);
        }
        assertTrue(awards.get(2).repeat());
        assertEquals(2, batch.grants("center-x").size());
        List<Claim> refused = List.of(
                CALC.claim(cultivation().id("C-3").build()),
                CALC.claim(cultivation().cost("rd-equipment-purchase", "1.00").build()));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> batch.settleAll(refused));
        assertEquals("[1].id", e.field(), e.getMessage());
        assertEquals(Optional.of("C-1"), e.value());
        assertTrue(e.getMessage().contains("settled before with other facts"), e.getMessage());
    }
}
