package com.ccp.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Random but plausible purchases of one employee; amounts are unique within the employee. */
final class ActivityFactory {

    private final Random random;
    private final YearMonth period;
    private final Set<String> references;

    ActivityFactory(Random random, YearMonth period, Set<String> references) {
        this.random = random;
        this.period = period;
        this.references = references;
    }

    List<Purchase> purchases(int count, Set<BigDecimal> usedAmounts) {
        List<Purchase> purchases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            purchases.add(purchase(Catalog.category(random), usedAmounts));
        }
        sort(purchases);
        return purchases;
    }

    static void sort(List<Purchase> purchases) {
        purchases.sort(Comparator.comparing((Purchase p) -> p.date).thenComparing(p -> p.postDate));
    }

    Purchase purchase(Catalog.Category category, Set<BigDecimal> usedAmounts) {
        return purchase(category, amount(category.minCents(), category.maxCents(), usedAmounts), randomDate());
    }

    Purchase purchase(Catalog.Category category, BigDecimal amount, LocalDate date) {
        Catalog.Merchant merchant = Catalog.pick(random, category.merchants());
        Catalog.City city = Catalog.pick(random, Catalog.CITIES.subList(0, 11));
        String number = Catalog.digits(random, merchant.digits());
        String carMerchant = merchant.car().replace("{n}", number).replace("{C}", city.name());
        String receiptMerchant = merchant.receipt().replace("{n}", number);
        String address = random.nextInt(100) < 88 ? address(city) : null;
        String title = random.nextInt(100) < 85 || amount.signum() < 0 ? Catalog.pick(random, category.titles()) : null;
        if (amount.signum() < 0) {
            title = "Return - " + title;
        }
        String base = Catalog.pick(random, category.descriptions());
        String purpose = random.nextInt(100) < 70
                ? base + (random.nextBoolean() ? " for job " + Catalog.pick(random, Catalog.JOBS) : "") : null;
        LocalDate postDate = date.plusDays(random.nextInt(4));
        if (postDate.isAfter(period.atEndOfMonth())) {
            postDate = period.atEndOfMonth();
        }
        int pages = random.nextInt(100) < 72 ? 1 : random.nextInt(100) < 72 ? 2 : 3;
        return new Purchase(category, carMerchant, receiptMerchant, address, title, purpose, date, postDate, amount,
                reference(date), coding(category), description(base), pages);
    }

    /** The same charge again at the same merchant on another day (a second fill-up, a re-order). */
    Purchase twin(Purchase p, LocalDate date) {
        return new Purchase(p.category, p.carMerchant, p.receiptMerchant, p.address, p.title, p.purpose, date,
                date.plusDays(1).isAfter(period.atEndOfMonth()) ? date : date.plusDays(1), p.amount, reference(date),
                coding(p.category), description(Catalog.pick(random, p.category.descriptions())), 1);
    }

    /** A refund: negative amount, receipt titled as a return. */
    Purchase credit(Set<BigDecimal> usedAmounts) {
        Catalog.Category category = Catalog.category(random.nextBoolean() ? "materials" : "rental");
        return purchase(category, amount(1500, 40000, usedAmounts).negate(), randomDate());
    }

    BigDecimal amount(long minCents, long maxCents, Set<BigDecimal> used) {
        while (true) {
            double u = random.nextDouble();
            long cents = minCents + (long) ((maxCents - minCents) * u * u);
            BigDecimal amount = Money.cents(cents);
            if (used.add(amount) && used.add(amount.negate())) {
                return amount;
            }
        }
    }

    LocalDate randomDate() {
        return period.atDay(1 + random.nextInt(period.lengthOfMonth()));
    }

    Coding coding(Catalog.Category category) {
        if (random.nextInt(100) < 42) {
            return Coding.gl(category.glAccount());
        }
        String costType = String.valueOf(category.costTypes().charAt(random.nextInt(category.costTypes().length())));
        return Coding.job(Catalog.pick(random, Catalog.JOBS), Catalog.pick(random, Catalog.PHASES), costType);
    }

    @Nullable String description(String base) {
        int roll = random.nextInt(100);
        if (roll < 7) {
            return null;
        }
        return roll < 75 ? base : longDescription(base, random.nextBoolean());
    }

    String longDescription(String base, boolean withDelivery) {
        return base + " for " + Catalog.pick(random, Catalog.PROJECTS) + ", per PO " + (4000 + random.nextInt(6000))
                + " approved by " + Catalog.pick(random, Catalog.APPROVERS)
                + (withDelivery ? "; delivered to the laydown yard, remaining balance to be billed on the next"
                        + " statement" : "");
    }

    private String address(Catalog.City city) {
        String name = Names.titleCase(city.name());
        return (100 + random.nextInt(19900)) + " " + Catalog.pick(random, Catalog.STREETS) + ", " + name + ", TX "
                + city.zip() + Catalog.digits(random, 2);
    }

    /** Visa-like acquirer reference: 2, a 6-digit BIN, YDDD of the transaction date, 12 more digits. */
    private String reference(LocalDate date) {
        while (true) {
            String reference = "24" + Catalog.digits(random, 5) + (date.getYear() % 10)
                    + String.format("%03d", date.getDayOfYear()) + Catalog.digits(random, 12);
            if (references.add(reference)) {
                return reference;
            }
        }
    }
}
